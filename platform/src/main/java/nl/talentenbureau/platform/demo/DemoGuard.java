package nl.talentenbureau.platform.demo;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Stops a service in the {@code prod} profile that still runs on a public demo secret (a client secret of the demo
 * realm, the demo requester key, a demo database password): every such value is in this repository, so anyone could
 * use it. Only an explicit {@code TALENTENBUREAU_DEMO=true} lets it start; the demo stacks set it, the production
 * overlay does not. Runs before the other start-up observers (the feed followers), so nothing is sent first.
 */
@ApplicationScoped
public class DemoGuard {

    private final DemoConfig config;

    public DemoGuard(DemoConfig config) {
        this.config = config;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (!ConfigUtils.isProfileActive("prod")) {
            return;
        }
        Config effective = ConfigProvider.getConfig();
        List<String> demo = DemoValues.stillDemo(config.values(),
                key -> effective.getOptionalValue(key, String.class));
        if (demo.isEmpty()) {
            return;
        }
        if (config.enabled()) {
            Log.warnf("running as a demo (TALENTENBUREAU_DEMO=true) with the public demo values of %s: never for "
                    + "real people's data", String.join(", ", demo));
            return;
        }
        List<String> named = demo.stream().map(key -> key + environmentVariable(effective, key)).toList();
        String refusal = DemoValues.refusal(
                effective.getOptionalValue("quarkus.application.name", String.class).orElse("the service"), named);
        Log.error(refusal);
        throw new IllegalStateException(refusal);
    }

    /** " (VOLUNTEER_DB_PASSWORD)" when the key is set from a ${NAME:default} placeholder, else empty. */
    private static String environmentVariable(Config config, String key) {
        String raw = Optional.ofNullable(config.getConfigValue(key).getRawValue()).orElse("");
        var placeholder = java.util.regex.Pattern.compile("^\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(raw);
        return placeholder.find() ? " (" + placeholder.group(1) + ")" : "";
    }
}
