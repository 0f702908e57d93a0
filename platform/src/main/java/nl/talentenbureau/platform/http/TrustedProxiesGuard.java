package nl.talentenbureau.platform.http;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with a trusted proxy that Quarkus would look up by name on every request ({@link TrustedProxies}):
 * such a service answers normally one call at a time and stalls for seconds under load.
 */
@ApplicationScoped
public class TrustedProxiesGuard {

    static final String KEY = "quarkus.http.proxy.trusted-proxies";

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        List<String> entries = ConfigProvider.getConfig().getOptionalValues(KEY, String.class).orElse(List.of());
        List<String> byName = TrustedProxies.lookedUpByName(entries);
        if (!byName.isEmpty()) {
            String refusal = KEY + ": " + String.join("; ", byName);
            Log.error(refusal);
            throw new IllegalStateException(refusal);
        }
    }
}
