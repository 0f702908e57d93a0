package nl.talentenbureau.request.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Small helpers so tests read like the rule they prove. */
public final class Api {

    public static final String PROBLEM = "application/problem+json";

    private Api() {
    }

    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /** Posts a request with {@code token} (a partner app or coordinator); returns its id. */
    public static UUID posted(String token, RequestBuilder request) {
        String id = as(token).body(request.build()).post("/api/requests").then().statusCode(201).extract()
                .path("id");
        return UUID.fromString(id);
    }

    public static String etagOf(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    public static void step(String token, UUID id, String status) {
        as(token).body(java.util.Map.of("status", status)).post("/api/requests/" + id + "/status").then()
                .statusCode(200);
    }

    public static ValidatableResponse problem(ValidatableResponse response, int status, String typeSlug) {
        return response.statusCode(status).contentType(PROBLEM)
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("type", org.hamcrest.Matchers.equalTo("https://talentenbureau.nl/problems/" + typeSlug));
    }
}
