package nl.talentenbureau.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A service's role matrix: every operation of its OpenAPI document against every kind of caller. The allowed callers
 * must get past security (any answer but 401, 403 or 5xx), every other one is refused (401 without a token, 403 with
 * the wrong role). Each service keeps its own table of rows; this class reads the document and makes the calls.
 */
public final class RoleMatrix {

    public static final String ANONYMOUS = "anonymous";
    public static final String COORDINATOR = "coordinator";
    public static final String VOLUNTEER = "volunteer";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";
    public static final List<String> CALLERS = List.of(ANONYMOUS, COORDINATOR, VOLUNTEER, PARTNER, ADMIN, SERVICE);

    /** What one run found. */
    public record Result(int operations, int calls, int allowedThrough, int refused, List<String> unexpected) {

        @Override
        public String toString() {
            return "role matrix: %d operations x %d callers = %d calls: %d allowed through, %d refused, %d unexpected"
                    .formatted(operations, CALLERS.size(), calls, allowedThrough, refused, unexpected.size());
        }
    }

    /** "METHOD path" -> the callers allowed. */
    private final Map<String, Set<String>> allowed = new LinkedHashMap<>();
    private final UnaryOperator<String> concrete;

    /**
     * @param concrete fills a path template's parameters with values of the right shape that name nothing (the
     *        matrix must not change shared data)
     */
    public RoleMatrix(UnaryOperator<String> concrete) {
        this.concrete = concrete;
    }

    public RoleMatrix allow(String operation, Set<String> callers) {
        allowed.put(operation, callers);
        return this;
    }

    public Set<String> rows() {
        return new TreeSet<>(allowed.keySet());
    }

    /** Every "METHOD path" of the running service's OpenAPI document. */
    public static Set<String> documentedOperations() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.keySet()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        return documented;
    }

    /** Calls every row as every caller. */
    public Result run() {
        int calls = 0;
        int allowedThrough = 0;
        int refused = 0;
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, Set<String>> row : allowed.entrySet()) {
            String method = row.getKey().split(" ")[0];
            String path = concrete.apply(row.getKey().split(" ")[1]);
            for (String caller : CALLERS) {
                int status = call(caller, method, path);
                calls++;
                boolean isAllowed = row.getValue().contains(caller);
                int expectedRefusal = caller.equals(ANONYMOUS) ? 401 : 403;
                if (isAllowed && status != 401 && status != 403 && status < 500) {
                    allowedThrough++;
                } else if (!isAllowed && status == expectedRefusal) {
                    refused++;
                } else {
                    unexpected.add(caller + " " + row.getKey() + " -> " + status);
                }
            }
        }
        return new Result(allowed.size(), calls, allowedThrough, refused, unexpected);
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
}
