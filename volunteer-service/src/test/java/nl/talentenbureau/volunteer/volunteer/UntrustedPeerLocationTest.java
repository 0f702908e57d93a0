package nl.talentenbureau.volunteer.volunteer;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import nl.talentenbureau.platform.testing.Tokens;

/** The forwarded headers count only from the trusted proxy: sent by anyone else they change nothing. */
@QuarkusTest
@TestProfile(UntrustedPeerLocationTest.OnlyAnotherProxyIsTrusted.class)
class UntrustedPeerLocationTest {

    public static class OnlyAnotherProxyIsTrusted implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "10.20.30.40");
        }
    }

    @Test
    void forwardedHeadersFromAnotherPeerAreIgnored() {
        as(Tokens.coordinator("org-untrusted-peer")).header("X-Forwarded-Host", "evil.example.org")
                .header("X-Forwarded-Proto", "https").body(aVolunteer().build()).post("/api/volunteers")
                .then().statusCode(201)
                .header("Location", matchesPattern("http://localhost:\\d+/api/volunteers/[0-9a-f-]{36}"));
    }
}
