package nl.talentenbureau.volunteer.security;

import java.time.Duration;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.TokenReuse;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class TokenReuseTest extends TokenReuse {

    @Override
    protected String protectedPath() {
        return "/api/volunteers";
    }

    @Override
    protected String tokenLasting(Duration lifetime) {
        return Tokens.lasting(lifetime, "admin-token-reuse", null, "admin");
    }
}
