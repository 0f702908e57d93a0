package nl.talentenbureau.matching.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.path.json.JsonPath;

import nl.talentenbureau.platform.testing.Tokens;

/** A match brought to a status through the real API, as the tests of the match steps need one. */
public final class Matches {

    private Matches() {
    }

    /** Proposed by a coordinator of {@code organisation}: the new match's id. */
    public static String proposed(String organisation, RequestEvent request, VolunteerEvent volunteer) {
        return given().auth().oauth2(Tokens.coordinator(organisation)).contentType("application/json")
                .body(Map.of("requestId", request.id().toString(), "volunteerId", volunteer.id().toString()))
                .when().post("/api/matches").then().statusCode(201).extract().path("id");
    }

    /** Proposed, then accepted by the volunteer who signs in as {@code subject}. */
    public static String accepted(String organisation, RequestEvent request, VolunteerEvent volunteer,
            String subject) {
        String id = proposed(organisation, request, volunteer);
        given().auth().oauth2(Tokens.volunteer(subject)).when().post("/api/offers/" + id + "/accept").then()
                .statusCode(200);
        return id;
    }

    /** Accepted, then activated by the coordinator. */
    public static String active(String organisation, RequestEvent request, VolunteerEvent volunteer,
            String subject) {
        String id = accepted(organisation, request, volunteer, subject);
        given().auth().oauth2(Tokens.coordinator(organisation)).when().post("/api/matches/" + id + "/activate")
                .then().statusCode(200);
        return id;
    }

    /** The match as its organisation's coordinator reads it. */
    public static JsonPath view(String organisation, String id) {
        return given().auth().oauth2(Tokens.coordinator(organisation)).when().get("/api/matches/" + id).then()
                .statusCode(200).extract().jsonPath();
    }
}
