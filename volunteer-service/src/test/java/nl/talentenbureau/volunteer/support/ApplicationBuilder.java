package nl.talentenbureau.volunteer.support;

import static nl.talentenbureau.volunteer.support.Api.anonymous;
import static nl.talentenbureau.volunteer.support.Api.as;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.talentenbureau.platform.testing.Tokens;

/** Test data for an anonymous application: {@code anApplication().toVacancy(id).submitted()}. */
public final class ApplicationBuilder {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private ApplicationBuilder() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        body.put("source", "WEBSITE");
        body.put("name", "Els Bakker " + run);
        body.put("email", "els-" + run + "@example.nl");
        body.put("phone", "+31 6 23456789");
        body.put("kern", "breukelen");
        body.put("motivation", "Ik ben net met pensioen en help graag mensen met hun tablet.");
        body.put("consent", true);
    }

    public static ApplicationBuilder anApplication() {
        return new ApplicationBuilder();
    }

    public ApplicationBuilder toVacancy(UUID vacancy) {
        body.put("source", "VACANCY");
        body.put("vacancyId", vacancy.toString());
        return this;
    }

    public ApplicationBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public ApplicationBuilder without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }

    /** Posts it anonymously; answers its id. */
    public UUID submitted() {
        String id = anonymous().body(build()).post("/api/public/applications").then().statusCode(201).extract()
                .path("id");
        return UUID.fromString(id);
    }

    /** Posts it and follows the mail's link; answers its id. */
    public UUID confirmed() {
        UUID id = submitted();
        anonymous().queryParam("token", tokenOf(id)).get("/api/public/applications/confirmation").then()
                .statusCode(200);
        return id;
    }

    /** The confirmation token, as notification-service reads it for the mail (null once used). */
    public static String tokenOf(UUID applicantId) {
        return as(Tokens.service()).get("/internal/applicants/" + applicantId + "/letter").then().statusCode(200)
                .extract().path("confirmToken");
    }
}
