package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import nl.talentenbureau.platform.testing.Tokens;

/**
 * platform's StrictJson on real endpoints: a body is read as written or refused with 400 naming the field, before
 * the match is looked up (the match ids here do not exist: a body that got through would answer 404).
 */
@QuarkusTest
class StrictInputTest {

    private static final String PROBLEM = "application/problem+json";
    private final String coordinator = Tokens.coordinator("strict-input-org");
    private final String hoursOfSomeMatch = "/api/matches/" + UUID.randomUUID() + "/hours";
    private final String feedbackOnSomeMatch = "/api/matches/" + UUID.randomUUID() + "/feedback";

    @Test
    void aNumberSentAsTextIsRefused() {
        refused(hoursOfSomeMatch, Map.of("workedOn", yesterday(), "hours", "2.5"), "hours", "must be a number");
        refused(feedbackOnSomeMatch, Map.of("rating", "4"), "rating", "must be a whole number");
    }

    @Test
    void aFractionForAWholeNumberIsRefused() {
        refused(feedbackOnSomeMatch, Map.of("rating", 4.5), "rating", "must be a whole number");
    }

    @Test
    void aNumberForTextIsRefused() {
        refused(feedbackOnSomeMatch, Map.of("rating", 4, "comment", 123), "comment", "must be a string");
    }

    @Test
    void garbageAfterTheBodyIsRefused() {
        String body = "{\"workedOn\": \"" + yesterday() + "\", \"hours\": 2.5}";
        malformed(post(hoursOfSomeMatch, body + " xyz"));
        malformed(post(hoursOfSomeMatch, body + " " + body));
    }

    @Test
    void theSameBodyWithoutTheGarbageReachesTheMatch() {
        // the control: what the tests above send, written properly, gets past reading the body
        post(hoursOfSomeMatch, Map.of("workedOn", yesterday(), "hours", 2.5)).statusCode(404);
        post(feedbackOnSomeMatch, Map.of("rating", 4, "comment", "fine")).statusCode(404);
    }

    private void refused(String path, Map<String, Object> body, String field, String message) {
        post(path, body).statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://talentenbureau.nl/problems/validation-failed"))
                .body("errors[0].field", equalTo(field)).body("errors[0].message", equalTo(message));
    }

    private static void malformed(ValidatableResponse response) {
        response.statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://talentenbureau.nl/problems/malformed-request"));
    }

    private ValidatableResponse post(String path, Object body) {
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .post(path).then();
    }

    private static String yesterday() {
        return LocalDate.now().minusDays(1).toString();
    }
}
