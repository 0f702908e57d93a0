package nl.talentenbureau.volunteer.support;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.client.WireMock;

/** The test's handle on {@link KeycloakStub}: add stubs, verify the calls the service made. */
public final class Keycloak {

    private Keycloak() {
    }

    public static WireMock stub() {
        int port = ConfigProvider.getConfig().getValue("keycloak-stub.port", Integer.class);
        return new WireMock("127.0.0.1", port);
    }
}
