package nl.talentenbureau.request.request;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.request.support.Api.problem;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

/** A GET has no body to check: a Content-Type header on it (some clients always send one) is not refused with 415. */
@QuarkusTest
class ContentTypeOnGetTest {

    private final String partner = Tokens.partner("org-content-type");

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/json"})
    void aGetWithAContentTypeIsAnswered(String contentType) {
        given().auth().oauth2(partner).contentType(contentType).get("/api/requests").then().statusCode(200);
        given().auth().oauth2(partner).contentType(contentType).get("/api/webhooks").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml"})
    void aBodyThatIsNotJsonIsStillRefused(String contentType) {
        problem(given().auth().oauth2(partner).contentType(contentType).body(aRequest().build().toString())
                .post("/api/requests").then(), 415, "unsupported-media-type");
    }
}
