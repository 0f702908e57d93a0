package nl.talentenbureau.volunteer.volunteer;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

/**
 * Behind the gateway a new profile's Location is the public address the gateway forwards, not the service's own
 * (http://localhost:8081/...). The tests call from 127.0.0.1, the default trusted proxy (the gateway on the same
 * host); {@link UntrustedPeerLocationTest} shows the same headers from any other peer change nothing.
 */
@QuarkusTest
class PublicLocationTest {

    private final String coordinator = Tokens.coordinator("org-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    void theLocationNamesTheForwardedPublicAddress() {
        as(coordinator).header("X-Forwarded-Host", "api.talentenbureau.example.org")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443")
                .body(aVolunteer().build()).post("/api/volunteers")
                .then().statusCode(201)
                .header("Location", matchesPattern("https://api\\.talentenbureau\\.example\\.org/api/volunteers/"
                        + "[0-9a-f-]{36}"));
    }

    @Test
    void withoutForwardedHeadersTheLocationIsTheAddressCalled() {
        as(coordinator).body(aVolunteer().build()).post("/api/volunteers")
                .then().statusCode(201)
                .header("Location", matchesPattern("http://localhost:\\d+/api/volunteers/[0-9a-f-]{36}"));
    }
}
