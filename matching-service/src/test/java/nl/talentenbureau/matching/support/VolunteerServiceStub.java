package nl.talentenbureau.matching.support;

import java.net.URI;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock stand-in for volunteer-service's API on a random port ({@code matching.volunteers.url}): without a stub
 * it answers 404, so the call list answers without contacts. Tests register their stubs over WireMock's admin API
 * ({@link #client()}), keyed by their own bearer token so test classes do not see each other's stubs.
 */
public class VolunteerServiceStub implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("matching.volunteers.url", "http://localhost:" + server.port());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A client of the running stand-in (test and resource may live in different class loaders). */
    public static WireMock client() {
        URI url = URI.create(ConfigProvider.getConfig().getValue("matching.volunteers.url", String.class));
        return new WireMock(url.getHost(), url.getPort());
    }
}
