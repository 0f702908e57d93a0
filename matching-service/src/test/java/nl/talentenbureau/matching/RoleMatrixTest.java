package nl.talentenbureau.matching;

import static nl.talentenbureau.platform.testing.RoleMatrix.ADMIN;
import static nl.talentenbureau.platform.testing.RoleMatrix.COORDINATOR;
import static nl.talentenbureau.platform.testing.RoleMatrix.SERVICE;
import static nl.talentenbureau.platform.testing.RoleMatrix.VOLUNTEER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.RoleMatrix;

/**
 * Every operation of the OpenAPI document against every kind of caller: the allowed ones get past security, every
 * other one is refused (401 without a token, 403 with the wrong role). An operation missing from the table fails
 * the test, so a new endpoint cannot ship without its row.
 */
@QuarkusTest
class RoleMatrixTest {

    /** "METHOD path" -> the callers allowed; path parameters get values of the right shape that name nothing. */
    private static final RoleMatrix MATRIX = new RoleMatrix(RoleMatrixTest::concrete)
            .allow("GET /api/candidates", Set.of(COORDINATOR))
            .allow("GET /api/candidates/training-suggestions", Set.of(COORDINATOR))
            .allow("POST /api/matches", Set.of(COORDINATOR))
            .allow("GET /api/matches/{id}", Set.of(COORDINATOR))
            .allow("GET /api/offers", Set.of(VOLUNTEER))
            .allow("GET /api/offers/export", Set.of(VOLUNTEER))
            .allow("GET /api/matches/volunteers/{volunteerId}/export", Set.of(ADMIN))
            .allow("POST /api/offers/{id}/accept", Set.of(VOLUNTEER))
            .allow("POST /api/offers/{id}/decline", Set.of(VOLUNTEER))
            .allow("GET /api/matches", Set.of(COORDINATOR))
            .allow("GET /api/matches/call-list", Set.of(COORDINATOR, ADMIN))
            .allow("GET /internal/matches/{id}/answer", Set.of(SERVICE))
            .allow("POST /api/matches/{id}/accept", Set.of(COORDINATOR))
            .allow("POST /api/matches/{id}/decline", Set.of(COORDINATOR))
            .allow("POST /api/matches/{id}/activate", Set.of(COORDINATOR))
            .allow("POST /api/matches/{id}/complete", Set.of(COORDINATOR))
            .allow("POST /api/matches/{id}/end", Set.of(COORDINATOR))
            .allow("POST /api/matches/{id}/hours", Set.of(COORDINATOR))
            .allow("GET /api/matches/{id}/hours", Set.of(COORDINATOR))
            .allow("GET /api/matches/{id}/hours/{entryId}", Set.of(COORDINATOR))
            .allow("POST /api/matches/{id}/feedback", Set.of(COORDINATOR))
            .allow("GET /api/offers/{id}", Set.of(VOLUNTEER))
            .allow("POST /api/offers/{id}/end", Set.of(VOLUNTEER))
            .allow("POST /api/offers/{id}/hours", Set.of(VOLUNTEER))
            .allow("GET /api/offers/{id}/hours", Set.of(VOLUNTEER))
            .allow("GET /api/offers/{id}/hours/{entryId}", Set.of(VOLUNTEER))
            .allow("POST /api/offers/{id}/feedback", Set.of(VOLUNTEER))
            .allow("POST /api/proposals", Set.of(COORDINATOR))
            .allow("GET /api/reports/impact", Set.of(COORDINATOR, ADMIN))
            .allow("GET /api/reports/signals", Set.of(COORDINATOR, ADMIN))
            .allow("GET /internal/projection/summary", Set.of(SERVICE))
            .allow("GET /internal/events", Set.of(SERVICE))
            .allow("GET /internal/feeds", Set.of(ADMIN))
            .allow("GET /internal/feeds/quarantine", Set.of(ADMIN))
            .allow("POST /internal/feeds/{feed}/quarantine/{seq}/retry", Set.of(ADMIN))
            .allow("DELETE /internal/feeds/{feed}/quarantine/{seq}", Set.of(ADMIN));

    @Test
    void everyOperationHasARow() {
        assertThat(MATRIX.rows()).isEqualTo(RoleMatrix.documentedOperations());
    }

    @Test
    void onlyTheAllowedCallersGetPastSecurity() {
        RoleMatrix.Result result = MATRIX.run();
        Log.info(result);
        assertThat(result.unexpected()).isEmpty();
    }

    private static String concrete(String template) {
        return template.replace("{id}", UUID.randomUUID().toString())
                .replace("{entryId}", UUID.randomUUID().toString())
                .replace("{volunteerId}", UUID.randomUUID().toString())
                .replace("{feed}", "volunteers").replace("{seq}", "1");
    }
}
