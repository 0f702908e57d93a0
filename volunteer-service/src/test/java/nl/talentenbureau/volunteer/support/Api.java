package nl.talentenbureau.volunteer.support;

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

    public static RequestSpecification anonymous() {
        return as(null);
    }

    /** Creates a profile as a coordinator of {@code organisation}; returns its id. */
    public static UUID created(String coordinatorToken, VolunteerBuilder volunteer) {
        String id = as(coordinatorToken).body(volunteer.build()).post("/api/volunteers")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static String etagOf(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse problem(ValidatableResponse response, int status, String typeSlug) {
        return response.statusCode(status).contentType(PROBLEM)
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("type", org.hamcrest.Matchers.equalTo("https://talentenbureau.nl/problems/" + typeSlug));
    }
}
