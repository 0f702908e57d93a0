package nl.talentenbureau.volunteer.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Keycloak for the {@code @QuarkusTest}s: a WireMock server on a free port with the realm's token endpoint (the
 * client-credentials grant answers {@link #ADMIN_TOKEN}) and the users of the admin API, answering as Keycloak does
 * for a realm without those users (search: none; create: 201 with a fresh id; update, execute-actions-email, delete:
 * 204). Tests add their own stubs and verify the calls through {@link Keycloak} (over HTTP, since test and resource
 * may live in different class loaders). Sets {@code quarkus.oidc-client.auth-server-url},
 * {@code volunteer.accounts.admin-url} and {@code keycloak-stub.port}.
 */
public class KeycloakStub implements QuarkusTestResourceLifecycleManager {

    public static final String ADMIN_TOKEN = "keycloak-admin-test-token";
    public static final String REALM = "/realms/talentenbureau";
    public static final String USERS = "/admin/realms/talentenbureau/users";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .globalTemplating(true));
        server.start();
        defaults(server);
        String base = "http://127.0.0.1:" + server.port();
        return Map.of("quarkus.oidc-client.auth-server-url", base + REALM,
                "volunteer.accounts.admin-url", base + "/admin/realms/talentenbureau",
                "keycloak-stub.port", String.valueOf(server.port()));
    }

    /** What Keycloak answers when no test asked for something else (lowest priority). */
    static void defaults(WireMockServer server) {
        int low = 10;
        server.stubFor(post(urlPathEqualTo(REALM + "/protocol/openid-connect/token")).atPriority(low)
                .willReturn(okJson("{\"access_token\":\"" + ADMIN_TOKEN
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        server.stubFor(get(urlPathEqualTo(USERS)).atPriority(low).willReturn(okJson("[]")));
        server.stubFor(post(urlPathEqualTo(USERS)).atPriority(low).willReturn(aResponse().withStatus(201)
                .withHeader("Location", "{{request.baseUrl}}" + USERS + "/{{randomValue type='UUID'}}")));
        server.stubFor(put(urlPathMatching(USERS + "/[^/]+")).atPriority(low).willReturn(aResponse().withStatus(204)));
        server.stubFor(put(urlPathMatching(USERS + "/[^/]+/execute-actions-email")).atPriority(low)
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(delete(urlPathMatching(USERS + "/[^/]+")).atPriority(low)
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(any(urlPathMatching("/admin/.*")).atPriority(low + 1).willReturn(aResponse().withStatus(404)));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
