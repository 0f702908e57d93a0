package nl.talentenbureau.matching.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A volunteer snapshot as volunteer-service's feed carries it, built in small steps:
 * {@code aVolunteer().inKern("swifterbant").withTalent("driving", 2)}. Defaults: ACTIVE, 10 km, Dutch, available
 * every slot, capacity 2, consent to matching, a VOG valid until 2099.
 */
public final class VolunteerEvent {

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Integer> talents = new LinkedHashMap<>();
    private final List<Map<String, Object>> trainings = new ArrayList<>();

    private VolunteerEvent(UUID id) {
        fields.put("id", id.toString());
        fields.put("version", 1);
        fields.put("status", "ACTIVE");
        fields.put("homeKern", "breukelen");
        fields.put("maxTravelKm", 10);
        fields.put("languages", List.of("nl"));
        fields.put("availability", (1 << 21) - 1);
        fields.put("capacity", 2);
        fields.put("themes", List.of());
        fields.put("organisations", List.of());
        fields.put("birthYear", 1958);
        fields.put("vogValidUntil", "2099-12-31");
        fields.put("absences", List.of());
        fields.put("matchingConsent", true);
    }

    public static VolunteerEvent aVolunteer() {
        return new VolunteerEvent(UUID.randomUUID());
    }

    public UUID id() {
        return UUID.fromString((String) fields.get("id"));
    }

    public VolunteerEvent version(long version) {
        fields.put("version", version);
        return this;
    }

    public VolunteerEvent inKern(String kern) {
        fields.put("homeKern", kern);
        return this;
    }

    public VolunteerEvent travelling(int km) {
        fields.put("maxTravelKm", km);
        return this;
    }

    public VolunteerEvent status(String status) {
        fields.put("status", status);
        return this;
    }

    public VolunteerEvent withTalent(String code, int level) {
        talents.put(code, level);
        return this;
    }

    public VolunteerEvent capacity(int places) {
        fields.put("capacity", places);
        return this;
    }

    public VolunteerEvent withoutVog() {
        fields.put("vogValidUntil", null);
        return this;
    }

    /** How the volunteer wants to be reached, EMAIL or PHONE (absent from older events: then not sent). */
    public VolunteerEvent reachBy(String reachBy) {
        fields.put("reachBy", reachBy);
        return this;
    }

    /** The token subject of the volunteer's own account. */
    public VolunteerEvent subject(String subject) {
        fields.put("subject", subject);
        return this;
    }

    /** The organisations the volunteer is a member of. */
    public VolunteerEvent memberOf(String... organisations) {
        fields.put("organisations", List.of(organisations));
        return this;
    }

    public VolunteerEvent withoutConsent() {
        fields.put("matchingConsent", false);
        return this;
    }

    public VolunteerEvent availableIn(int slots) {
        fields.put("availability", slots);
        return this;
    }

    public VolunteerEvent withTraining(String code, String expiresOn) {
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("code", code);
        training.put("expiresOn", expiresOn);
        trainings.add(training);
        return this;
    }

    public String json() {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("talents", talents);
        all.put("trainings", trainings);
        return Feeds.json(all);
    }
}
