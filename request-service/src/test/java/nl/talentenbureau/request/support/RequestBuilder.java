package nl.talentenbureau.request.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for a help request: {@code aRequest().inKern("breukelen").needingTalent("driving", 2)}. */
public final class RequestBuilder {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> talents = new ArrayList<>();
    private final Map<String, Object> requester = new LinkedHashMap<>();

    private RequestBuilder() {
        body.put("requesterKind", "SENIOR");
        body.put("title", "Hulp bij DigiD " + UUID.randomUUID().toString().substring(0, 8));
        body.put("description", "Leren inloggen met de DigiD-app");
        body.put("theme", "digital");
        body.put("kern", "breukelen");
        body.put("languages", List.of("nl"));
        body.put("languageRequired", false);
        body.put("vogRequired", true);
        body.put("trainings", List.of("first-aid"));
        body.put("volunteersNeeded", 1);
        body.put("schedule", Map.of("type", "ONE_OFF", "date", LocalDate.now().plusDays(14).toString(), "dayParts",
                List.of("MORNING")));
        body.put("urgency", "NORMAL");
        body.put("dueDate", LocalDate.now().plusDays(30).toString());
        requester.put("name", "Mevrouw Test");
        requester.put("phone", "+31 6 11111111");
        requester.put("addressLine", "Kerkstraat 1, Breukelen");
        requester.put("notes", "Bel twee keer aan");
        talents.add(Map.of("code", "digital-help", "minLevel", 1));
    }

    public static RequestBuilder aRequest() {
        return new RequestBuilder();
    }

    public RequestBuilder inKern(String kern) {
        return with("kern", kern);
    }

    public RequestBuilder withPhone(String phone) {
        requester.put("phone", phone);
        return this;
    }

    public RequestBuilder needingTalent(String code, int minLevel) {
        talents.add(Map.of("code", code, "minLevel", minLevel));
        return this;
    }

    public RequestBuilder recurring(List<String> slots, LocalDate startsOn, double hoursPerTime) {
        return with("schedule", Map.of("type", "RECURRING", "slots", slots, "startsOn", startsOn.toString(),
                "hoursPerTime", hoursPerTime));
    }

    public RequestBuilder dueOn(LocalDate dueDate) {
        return with("dueDate", dueDate == null ? null : dueDate.toString());
    }

    public RequestBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public RequestBuilder without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("talents", List.copyOf(talents));
        if (!copy.containsKey("requester")) {
            copy.put("requester", new LinkedHashMap<>(requester));
        }
        return copy;
    }
}
