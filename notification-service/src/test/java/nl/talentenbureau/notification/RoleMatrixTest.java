package nl.talentenbureau.notification;

import static nl.talentenbureau.platform.testing.RoleMatrix.ADMIN;
import static nl.talentenbureau.platform.testing.RoleMatrix.COORDINATOR;
import static nl.talentenbureau.platform.testing.RoleMatrix.SERVICE;
import static nl.talentenbureau.platform.testing.RoleMatrix.VOLUNTEER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.RoleMatrix;

/**
 * Every operation of the OpenAPI document against every kind of caller: the allowed ones get past security, every
 * other one is refused (401 without a token, 403 with the wrong role). An operation without a row fails the test.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final RoleMatrix MATRIX = new RoleMatrix(RoleMatrixTest::concrete)
            .allow("GET /api/notifications/deliveries", Set.of(COORDINATOR, VOLUNTEER, ADMIN))
            .allow("PUT /api/notifications/subscription", Set.of(COORDINATOR))
            .allow("GET /api/notifications/subscription", Set.of(COORDINATOR))
            .allow("DELETE /api/notifications/subscription", Set.of(COORDINATOR))
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
        return template.replace("{feed}", "matching").replace("{seq}", "1");
    }
}
