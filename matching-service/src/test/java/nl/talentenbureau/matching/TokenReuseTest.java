package nl.talentenbureau.matching;

import java.time.Duration;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.TokenReuse;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class TokenReuseTest extends TokenReuse {

    @Override
    protected String protectedPath() {
        return "/api/matches";
    }

    @Override
    protected String tokenLasting(Duration lifetime) {
        return Tokens.lasting(lifetime, "coordinator-token-reuse", "org-token-reuse", "coordinator");
    }
}
