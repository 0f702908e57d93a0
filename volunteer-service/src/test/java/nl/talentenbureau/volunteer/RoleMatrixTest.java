package nl.talentenbureau.volunteer;

import static nl.talentenbureau.platform.testing.RoleMatrix.ADMIN;
import static nl.talentenbureau.platform.testing.RoleMatrix.ANONYMOUS;
import static nl.talentenbureau.platform.testing.RoleMatrix.COORDINATOR;
import static nl.talentenbureau.platform.testing.RoleMatrix.PARTNER;
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

    private static final Set<String> SIGNED_IN = Set.of(COORDINATOR, VOLUNTEER, PARTNER, ADMIN, SERVICE);
    /** The public reads for the coalition's websites: no token needed. */
    private static final Set<String> EVERYONE = Set.of(ANONYMOUS, COORDINATOR, VOLUNTEER, PARTNER, ADMIN, SERVICE);

    /** "METHOD path" -> the callers allowed; path parameters get values of the right shape that name nothing. */
    private static final RoleMatrix MATRIX = new RoleMatrix(RoleMatrixTest::concrete)
            .allow("GET /api/catalog/kernen", SIGNED_IN)
            .allow("GET /api/catalog/themes", SIGNED_IN)
            .allow("GET /api/catalog/talents", SIGNED_IN)
            .allow("GET /api/catalog/trainings", SIGNED_IN)
            .allow("POST /api/catalog/talents", Set.of(ADMIN))
            .allow("POST /api/catalog/talents/{code}/retire", Set.of(ADMIN))
            .allow("POST /api/catalog/trainings", Set.of(ADMIN))
            .allow("POST /api/catalog/trainings/{code}/retire", Set.of(ADMIN))
            .allow("GET /api/volunteers", Set.of(COORDINATOR, ADMIN))
            .allow("POST /api/volunteers", Set.of(COORDINATOR))
            .allow("GET /api/volunteers/{id}", Set.of(COORDINATOR, ADMIN))
            .allow("PUT /api/volunteers/{id}", Set.of(COORDINATOR))
            .allow("DELETE /api/volunteers/{id}", Set.of(ADMIN))
            .allow("POST /api/volunteers/{id}/status", Set.of(COORDINATOR))
            .allow("PUT /api/volunteers/{id}/memberships/{organisation}", Set.of(COORDINATOR))
            .allow("DELETE /api/volunteers/{id}/memberships/{organisation}", Set.of(COORDINATOR))
            .allow("POST /api/volunteers/{id}/absences", Set.of(COORDINATOR))
            .allow("DELETE /api/volunteers/{id}/absences/{absenceId}", Set.of(COORDINATOR))
            .allow("PUT /api/volunteers/{id}/consents/{purpose}", Set.of(COORDINATOR))
            .allow("DELETE /api/volunteers/{id}/consents/{purpose}", Set.of(COORDINATOR))
            .allow("GET /api/volunteers/{id}/export", Set.of(ADMIN))
            .allow("PUT /api/volunteers/{id}/vog", Set.of(COORDINATOR))
            .allow("DELETE /api/volunteers/{id}/vog", Set.of(COORDINATOR))
            .allow("PUT /api/volunteers/{id}/trainings/{code}", Set.of(COORDINATOR))
            .allow("DELETE /api/volunteers/{id}/trainings/{code}", Set.of(COORDINATOR))
            .allow("GET /api/volunteers/screening/expiring", Set.of(COORDINATOR))
            .allow("GET /api/volunteers/reports/funnel", Set.of(COORDINATOR, ADMIN))
            .allow("GET /api/volunteers/reports/training", Set.of(COORDINATOR, ADMIN))
            .allow("POST /api/volunteers/me", Set.of(VOLUNTEER))
            .allow("GET /api/volunteers/me", Set.of(VOLUNTEER))
            .allow("PUT /api/volunteers/me", Set.of(VOLUNTEER))
            .allow("DELETE /api/volunteers/me", Set.of(VOLUNTEER))
            .allow("GET /api/volunteers/me/absences", Set.of(VOLUNTEER))
            .allow("POST /api/volunteers/me/absences", Set.of(VOLUNTEER))
            .allow("DELETE /api/volunteers/me/absences/{absenceId}", Set.of(VOLUNTEER))
            .allow("PUT /api/volunteers/me/consents/{purpose}", Set.of(VOLUNTEER))
            .allow("DELETE /api/volunteers/me/consents/{purpose}", Set.of(VOLUNTEER))
            .allow("GET /api/volunteers/me/export", Set.of(VOLUNTEER))
            .allow("GET /api/volunteers/me/consents/history", Set.of(VOLUNTEER))
            .allow("GET /internal/events", Set.of(SERVICE))
            .allow("GET /internal/volunteers/summary", Set.of(SERVICE))
            .allow("GET /internal/volunteers/{id}/contact", Set.of(SERVICE))
            .allow("GET /internal/feeds", Set.of(ADMIN))
            .allow("GET /internal/feeds/quarantine", Set.of(ADMIN))
            .allow("POST /internal/feeds/{feed}/quarantine/{seq}/retry", Set.of(ADMIN))
            .allow("DELETE /internal/feeds/{feed}/quarantine/{seq}", Set.of(ADMIN))
            .allow("POST /api/volunteers/{id}/invitation", Set.of(COORDINATOR, ADMIN))
            .allow("PUT /api/volunteers/{id}/notifications", Set.of(COORDINATOR, ADMIN))
            .allow("PUT /api/volunteers/me/notifications", Set.of(VOLUNTEER))
            .allow("POST /api/training-sessions", Set.of(COORDINATOR))
            .allow("GET /api/training-sessions", Set.of(COORDINATOR, VOLUNTEER, ADMIN))
            .allow("GET /api/training-sessions/{id}", Set.of(COORDINATOR, VOLUNTEER, ADMIN))
            .allow("PUT /api/training-sessions/{id}", Set.of(COORDINATOR))
            .allow("POST /api/training-sessions/{id}/cancel", Set.of(COORDINATOR))
            .allow("GET /api/training-sessions/{id}/enrolments", Set.of(COORDINATOR))
            .allow("POST /api/training-sessions/{id}/enrolments", Set.of(COORDINATOR))
            .allow("DELETE /api/training-sessions/{id}/enrolments/{volunteerId}", Set.of(COORDINATOR))
            .allow("PUT /api/training-sessions/{id}/enrolments/me", Set.of(VOLUNTEER))
            .allow("DELETE /api/training-sessions/{id}/enrolments/me", Set.of(VOLUNTEER))
            .allow("PUT /api/training-sessions/{id}/attendance", Set.of(COORDINATOR))
            .allow("POST /api/vacancies", Set.of(COORDINATOR))
            .allow("GET /api/vacancies", Set.of(COORDINATOR, ADMIN))
            .allow("GET /api/vacancies/{id}", Set.of(COORDINATOR, ADMIN))
            .allow("PUT /api/vacancies/{id}", Set.of(COORDINATOR))
            .allow("GET /api/public/vacancies", EVERYONE)
            .allow("GET /api/public/vacancies/{id}", EVERYONE)
            .allow("GET /api/applications", Set.of(COORDINATOR, ADMIN))
            .allow("GET /api/applications/{id}", Set.of(COORDINATOR, ADMIN))
            .allow("PUT /api/applications/{id}/intake", Set.of(COORDINATOR))
            .allow("POST /api/applications/{id}/outcome", Set.of(COORDINATOR))
            .allow("POST /api/public/applications", EVERYONE)
            .allow("GET /api/public/applications/confirmation", EVERYONE)
            .allow("GET /internal/applicants/{id}/letter", Set.of(SERVICE))
            .allow("POST /api/outreach-events", Set.of(COORDINATOR))
            .allow("GET /api/outreach-events", Set.of(COORDINATOR, ADMIN))
            .allow("GET /api/outreach-events/{id}", Set.of(COORDINATOR, ADMIN))
            .allow("GET /api/outreach-events/{id}/signups", Set.of(COORDINATOR))
            .allow("POST /api/outreach-events/{id}/invitations", Set.of(COORDINATOR))
            .allow("GET /api/public/outreach-events", EVERYONE)
            .allow("GET /api/public/outreach-events/{id}", EVERYONE)
            .allow("POST /api/public/outreach-events/{id}/signups", EVERYONE)
            .allow("GET /api/public/outreach-events/signups/confirmation", EVERYONE)
            .allow("PUT /api/directory/{alias}", Set.of(COORDINATOR, ADMIN))
            .allow("GET /api/public/directory", EVERYONE)
            .allow("GET /api/public/directory/{alias}", EVERYONE)
            .allow("GET /api/public/catalog", EVERYONE);

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
                .replace("{absenceId}", UUID.randomUUID().toString())
                .replace("{volunteerId}", UUID.randomUUID().toString())
                .replace("{code}", "no-such-code")
                .replace("{organisation}", "matrix-org")
                .replace("{alias}", "matrix-org")
                .replace("{purpose}", "MATCHING")
                .replace("{feed}", "matching")
                .replace("{seq}", "1");
    }
}
