package nl.talentenbureau.volunteer.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import nl.talentenbureau.platform.testing.LocalTokenVerification;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
@TestProfile(LocalTokenVerification.RealmByDiscovery.class)
class LocalTokenVerificationTest extends LocalTokenVerification {

    @Override
    protected String protectedPath() {
        return "/api/volunteers";
    }

    @Override
    protected String forgedRole() {
        return "admin";
    }

    @Override
    protected String validToken() {
        return Tokens.admin();
    }
}
