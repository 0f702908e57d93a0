package nl.talentenbureau.notification.support;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * volunteer-service's contact lookup, matching-service's answer endpoint and Keycloak's admin API, on one WireMock
 * server on a free port; tests stub them through {@link Services} over HTTP. (The token endpoint is platform's
 * FeedStub: every client of this service uses the one quarkus-oidc-client.)
 */
public class ServicesResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        return Map.of(
                "quarkus.rest-client.volunteer-service.url", base,
                "quarkus.rest-client.matching-service.url", base,
                "notification.keycloak.realm-url", base + "/realms/talentenbureau",
                "services-stub.url", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
