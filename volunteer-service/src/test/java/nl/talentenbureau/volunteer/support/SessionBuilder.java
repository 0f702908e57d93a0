package nl.talentenbureau.volunteer.support;

import static nl.talentenbureau.volunteer.support.Api.as;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Test data for a training session: {@code aSession().of("first-aid").withPlaces(12)}. */
public final class SessionBuilder {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private SessionBuilder() {
        body.put("training", "dementia-basics");
        body.put("heldOn", LocalDate.now().plusDays(14).toString());
        body.put("startsAt", "09:30");
        body.put("endsAt", "12:00");
        body.put("kern", "breukelen");
        body.put("place", "Dorpshuis De Boei");
        body.put("trainer", "Alzheimer Nederland");
        body.put("places", 2);
    }

    public static SessionBuilder aSession() {
        return new SessionBuilder();
    }

    public SessionBuilder of(String training) {
        return with("training", training);
    }

    public SessionBuilder on(LocalDate day) {
        return with("heldOn", day.toString());
    }

    public SessionBuilder withPlaces(int places) {
        return with("places", places);
    }

    public SessionBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }

    /** Schedules it as this coordinator; returns its id. */
    public UUID scheduledBy(String coordinatorToken) {
        String id = as(coordinatorToken).body(build()).post("/api/training-sessions").then().statusCode(201)
                .extract().path("id");
        return UUID.fromString(id);
    }
}
