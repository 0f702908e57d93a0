package nl.talentenbureau.volunteer.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for a profile: {@code aVolunteer().inKern("breukelen").withTalent("driving", 2)}. */
public final class VolunteerBuilder {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> talents = new ArrayList<>();

    private VolunteerBuilder() {
        body.put("name", "Test Volunteer " + UUID.randomUUID().toString().substring(0, 8));
        body.put("email", "volunteer@example.org");
        body.put("phone", "+31 6 12345678");
        body.put("birthYear", 1958);
        body.put("homeKern", "breukelen");
        body.put("maxTravelKm", 10);
        body.put("languages", List.of("nl"));
        body.put("availability", List.of("TUE_MORNING"));
        body.put("themes", List.of("digital"));
        body.put("capacity", 2);
    }

    public static VolunteerBuilder aVolunteer() {
        return new VolunteerBuilder();
    }

    public VolunteerBuilder named(String name) {
        return with("name", name);
    }

    public VolunteerBuilder inKern(String kern) {
        return with("homeKern", kern);
    }

    public VolunteerBuilder withTalent(String code, int level) {
        talents.add(Map.of("code", code, "level", level));
        return this;
    }

    public VolunteerBuilder availableIn(String... slots) {
        return with("availability", List.of(slots));
    }

    public VolunteerBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public VolunteerBuilder without(String field) {
        body.remove(field);
        return this;
    }

    /** The body a volunteer sends about themselves: no capacity, that is the coordinator's. */
    public Map<String, Object> buildForSelf() {
        Map<String, Object> self = build();
        self.remove("capacity");
        return self;
    }

    public Map<String, Object> build() {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("talents", List.copyOf(talents));
        return copy;
    }
}
