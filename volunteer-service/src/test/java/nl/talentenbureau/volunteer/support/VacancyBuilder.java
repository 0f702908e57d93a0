package nl.talentenbureau.volunteer.support;

import static nl.talentenbureau.volunteer.support.Api.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for a vacancy: {@code aVacancy().titled("Digicoach").inKernen("breukelen")}. */
public final class VacancyBuilder {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private VacancyBuilder() {
        body.put("title", "Digicoach " + UUID.randomUUID().toString().substring(0, 8));
        body.put("description", "Help ouderen met hun tablet en DigiD.");
        body.put("theme", "digital");
        body.put("talents", List.of("digital-help"));
        body.put("kernen", List.of("breukelen"));
        body.put("hoursPerWeek", 3);
        body.put("slots", List.of("TUE_MORNING"));
        body.put("vogRequired", true);
        body.put("trainings", List.of("digicoach"));
        body.put("status", "OPEN");
    }

    public static VacancyBuilder aVacancy() {
        return new VacancyBuilder();
    }

    public VacancyBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public VacancyBuilder without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }

    /** Publishes it as this coordinator; returns its id. */
    public UUID publishedBy(String coordinatorToken) {
        String id = as(coordinatorToken).body(build()).post("/api/vacancies").then().statusCode(201).extract()
                .path("id");
        return UUID.fromString(id);
    }
}
