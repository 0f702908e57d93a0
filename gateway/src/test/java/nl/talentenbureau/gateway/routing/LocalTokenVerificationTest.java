package nl.talentenbureau.gateway.routing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.LocalTokenVerification;
import nl.talentenbureau.platform.testing.OidcProviderStub;
import nl.talentenbureau.platform.testing.Tokens;

/** The gateway too verifies tokens locally, before anything reaches a service. */
@QuarkusTest
@TestProfile(LocalTokenVerificationTest.RealmByDiscoveryAndServices.class)
class LocalTokenVerificationTest extends LocalTokenVerification {

    public static class RealmByDiscoveryAndServices implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcProviderStub.class), new TestResourceEntry(StubServices.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // this test's forgeries come from one address: no 429 before the last one
            return Map.of("gateway.rate-limit.burst", "100");
        }
    }

    @Override
    protected String protectedPath() {
        return "/api/requests";
    }

    @Override
    protected String forgedRole() {
        return "admin";
    }

    @Override
    protected String validToken() {
        return Tokens.partner("handjehelpen");
    }
}
