package nl.talentenbureau.volunteer.volunteer;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

/** A GET has no body to check: a Content-Type header on it (some clients always send one) is not refused with 415. */
@QuarkusTest
class ContentTypeOnGetTest {

    private final String coordinator = Tokens.coordinator("org-content-type");

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/json"})
    void aGetWithAContentTypeIsAnswered(String contentType) {
        given().auth().oauth2(coordinator).contentType(contentType).get("/api/volunteers").then().statusCode(200);
        given().auth().oauth2(coordinator).contentType(contentType).get("/api/catalog/kernen").then()
                .statusCode(200);
        String volunteer = Tokens.volunteer("no-profile-" + contentType);
        given().auth().oauth2(volunteer).contentType(contentType).get("/api/volunteers/me").then().statusCode(404);
        int absences = given().auth().oauth2(volunteer).contentType(contentType).get("/api/volunteers/me/absences")
                .then().extract().statusCode();
        assertThat(absences).isNotEqualTo(415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml"})
    void aBodyThatIsNotJsonIsStillRefused(String contentType) {
        problem(as(coordinator).contentType(contentType).body("name=Anna").post("/api/volunteers").then(), 415,
                "unsupported-media-type");
    }
}
