package nl.talentenbureau.volunteer.support;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * matching-service for the {@code @QuarkusTest}s: a WireMock server on a free port whose export operations answer no
 * matches unless a test stubs them ({@link #stub()}, over HTTP). Sets {@code quarkus.rest-client.matching.url} and
 * {@code matching-stub.port}.
 */
public class MatchingStub implements QuarkusTestResourceLifecycleManager {

    public static final String OWN_EXPORT = "/api/offers/export";
    public static final String EXPORT_OF = "/api/matches/volunteers/%s/export";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        String none = "{\"exportedAt\": \"2026-12-01T10:00:00Z\", \"matches\": []}";
        server.stubFor(get(urlPathEqualTo(OWN_EXPORT)).atPriority(10).willReturn(okJson(none)));
        server.stubFor(get(urlPathMatching("/api/matches/volunteers/[^/]+/export")).atPriority(10)
                .willReturn(okJson(none)));
        return Map.of("quarkus.rest-client.matching.url", "http://127.0.0.1:" + server.port(), "matching-stub.port",
                String.valueOf(server.port()));
    }

    /** The test's handle: add stubs, verify the calls the service made. */
    public static WireMock stub() {
        return new WireMock("127.0.0.1", ConfigProvider.getConfig().getValue("matching-stub.port", Integer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
