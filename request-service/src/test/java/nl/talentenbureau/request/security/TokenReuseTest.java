package nl.talentenbureau.request.security;

import java.time.Duration;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.TokenReuse;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class TokenReuseTest extends TokenReuse {

    @Override
    protected String protectedPath() {
        return "/api/requests";
    }

    @Override
    protected String tokenLasting(Duration lifetime) {
        return Tokens.lasting(lifetime, "service-account-partner-org-token-reuse", "org-token-reuse", "partner");
    }
}
