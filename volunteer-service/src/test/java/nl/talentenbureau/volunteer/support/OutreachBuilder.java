package nl.talentenbureau.volunteer.support;

import static nl.talentenbureau.volunteer.support.Api.as;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Test data for an event for 60-plussers and its sign-ups: {@code anEvent().withPlaces(5).announcedBy(token)}. */
public final class OutreachBuilder {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private OutreachBuilder() {
        body.put("title", "Koffieochtend " + UUID.randomUUID().toString().substring(0, 8));
        body.put("description", "Kom kennismaken met vrijwilligers uit Breukelen, met koffie en gebak.");
        body.put("heldOn", LocalDate.now().plusDays(14).toString());
        body.put("startsAt", "10:00");
        body.put("kern", "breukelen");
        body.put("place", "Bibliotheek Breukelen, Kerkbrink 1");
        body.put("places", 30);
    }

    public static OutreachBuilder anEvent() {
        return new OutreachBuilder();
    }

    public OutreachBuilder withPlaces(int places) {
        return with("places", places);
    }

    public OutreachBuilder on(LocalDate day) {
        return with("heldOn", day.toString());
    }

    public OutreachBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public OutreachBuilder without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }

    /** Announces it as this coordinator; returns its id. */
    public UUID announcedBy(String coordinatorToken) {
        String id = as(coordinatorToken).body(build()).post("/api/outreach-events").then().statusCode(201)
                .extract().path("id");
        return UUID.fromString(id);
    }

    /** An anonymous sign-up's body. */
    public static Map<String, Object> signUp(boolean interested) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Truus " + run);
        body.put("email", "truus-" + run + "@example.nl");
        body.put("interested", interested);
        body.put("consent", true);
        return body;
    }
}
