package nl.talentenbureau.volunteer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import nl.talentenbureau.platform.testing.Tokens;

/**
 * Every operation of the OpenAPI document against every kind of caller: the allowed ones get past security, every
 * other one is refused (401 without a token, 403 with the wrong role). An operation missing from the table fails
 * the test, so a new endpoint cannot ship without its row.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final String COORDINATOR = "coordinator";
    private static final String VOLUNTEER = "volunteer";
    private static final String PARTNER = "partner";
    private static final String ADMIN = "admin";
    private static final String SERVICE = "service";
    private static final List<String> CALLERS = List.of(ANONYMOUS, COORDINATOR, VOLUNTEER, PARTNER, ADMIN, SERVICE);
    private static final Set<String> SIGNED_IN = Set.of(COORDINATOR, VOLUNTEER, PARTNER, ADMIN, SERVICE);

    /** "METHOD path" -> the callers allowed. */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        allow("GET /api/catalog/kernen", SIGNED_IN);
        allow("GET /api/catalog/themes", SIGNED_IN);
        allow("GET /api/catalog/talents", SIGNED_IN);
        allow("GET /api/catalog/trainings", SIGNED_IN);
        allow("POST /api/catalog/talents", Set.of(ADMIN));
        allow("POST /api/catalog/talents/{code}/retire", Set.of(ADMIN));
        allow("POST /api/catalog/trainings", Set.of(ADMIN));
        allow("POST /api/catalog/trainings/{code}/retire", Set.of(ADMIN));
        allow("GET /api/volunteers", Set.of(COORDINATOR, ADMIN));
        allow("POST /api/volunteers", Set.of(COORDINATOR));
        allow("GET /api/volunteers/{id}", Set.of(COORDINATOR, ADMIN));
        allow("PUT /api/volunteers/{id}", Set.of(COORDINATOR));
        allow("DELETE /api/volunteers/{id}", Set.of(ADMIN));
        allow("POST /api/volunteers/{id}/status", Set.of(COORDINATOR));
        allow("PUT /api/volunteers/{id}/memberships/{organisation}", Set.of(COORDINATOR));
        allow("DELETE /api/volunteers/{id}/memberships/{organisation}", Set.of(COORDINATOR));
        allow("POST /api/volunteers/{id}/absences", Set.of(COORDINATOR));
        allow("DELETE /api/volunteers/{id}/absences/{absenceId}", Set.of(COORDINATOR));
        allow("PUT /api/volunteers/{id}/consents/{purpose}", Set.of(COORDINATOR));
        allow("DELETE /api/volunteers/{id}/consents/{purpose}", Set.of(COORDINATOR));
        allow("GET /api/volunteers/{id}/export", Set.of(ADMIN));
        allow("PUT /api/volunteers/{id}/vog", Set.of(COORDINATOR));
        allow("DELETE /api/volunteers/{id}/vog", Set.of(COORDINATOR));
        allow("PUT /api/volunteers/{id}/trainings/{code}", Set.of(COORDINATOR));
        allow("DELETE /api/volunteers/{id}/trainings/{code}", Set.of(COORDINATOR));
        allow("GET /api/volunteers/screening/expiring", Set.of(COORDINATOR));
        allow("POST /api/volunteers/me", Set.of(VOLUNTEER));
        allow("GET /api/volunteers/me", Set.of(VOLUNTEER));
        allow("PUT /api/volunteers/me", Set.of(VOLUNTEER));
        allow("DELETE /api/volunteers/me", Set.of(VOLUNTEER));
        allow("GET /api/volunteers/me/absences", Set.of(VOLUNTEER));
        allow("POST /api/volunteers/me/absences", Set.of(VOLUNTEER));
        allow("DELETE /api/volunteers/me/absences/{absenceId}", Set.of(VOLUNTEER));
        allow("PUT /api/volunteers/me/consents/{purpose}", Set.of(VOLUNTEER));
        allow("DELETE /api/volunteers/me/consents/{purpose}", Set.of(VOLUNTEER));
        allow("GET /api/volunteers/me/export", Set.of(VOLUNTEER));
        allow("GET /internal/events", Set.of(SERVICE));
        allow("GET /internal/volunteers/summary", Set.of(SERVICE));
    }

    private static void allow(String operation, Set<String> callers) {
        ALLOWED.put(operation, callers);
    }

    @Test
    void everyOperationHasARow() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.keySet()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        assertThat(new TreeSet<>(ALLOWED.keySet())).isEqualTo(documented);
    }

    @Test
    void onlyTheAllowedCallersGetPastSecurity() {
        int calls = 0;
        int allowedPassed = 0;
        int refused = 0;
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, Set<String>> row : ALLOWED.entrySet()) {
            String method = row.getKey().split(" ")[0];
            String path = concrete(row.getKey().split(" ")[1]);
            for (String caller : CALLERS) {
                int status = call(caller, method, path);
                calls++;
                boolean allowed = row.getValue().contains(caller);
                int expectedRefusal = caller.equals(ANONYMOUS) ? 401 : 403;
                if (allowed && status != 401 && status != 403 && status < 500) {
                    allowedPassed++;
                } else if (!allowed && status == expectedRefusal) {
                    refused++;
                } else {
                    unexpected.add(caller + " " + row.getKey() + " -> " + status);
                }
            }
        }
        Log.infof("role matrix: %d operations x %d callers = %d calls: %d allowed through, %d refused, %d unexpected",
                ALLOWED.size(), CALLERS.size(), calls, allowedPassed, refused, unexpected.size());
        assertThat(unexpected).isEmpty();
    }

    private static int call(String caller, String method, String path) {
        RequestSpecification request = given().contentType(ContentType.JSON).body("{}");
        String token = switch (caller) {
            case COORDINATOR -> Tokens.coordinator("matrix-org");
            case VOLUNTEER -> Tokens.volunteer("matrix-volunteer-" + UUID.randomUUID());
            case PARTNER -> Tokens.partner("matrix-org");
            case ADMIN -> Tokens.admin();
            case SERVICE -> Tokens.service();
            default -> null;
        };
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.request(method, path).statusCode();
    }

    /** Fills path parameters with values of the right shape that name nothing: the matrix must not change shared data. */
    private static String concrete(String template) {
        return template.replace("{id}", UUID.randomUUID().toString())
                .replace("{absenceId}", UUID.randomUUID().toString())
                .replace("{code}", "no-such-code")
                .replace("{organisation}", "matrix-org")
                .replace("{purpose}", "MATCHING");
    }
}
