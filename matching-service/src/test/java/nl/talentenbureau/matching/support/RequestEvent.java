package nl.talentenbureau.matching.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request snapshot as request-service's feed carries it: {@code anOpenRequest("org").inKern("swifterbant")
 * .needsTalent("driving", 1)}. Defaults: OPEN, recurring on Tuesday morning, one volunteer, no VOG. A volunteer's
 * open and live matches may not share a time (no double booking): give requests for one volunteer other times.
 */
public final class RequestEvent {

    private static final AtomicInteger OWN_DAYS = new AtomicInteger();

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<Map<String, Object>> talents = new ArrayList<>();

    private RequestEvent(UUID id, String organisation) {
        fields.put("id", id.toString());
        fields.put("version", 1);
        fields.put("status", "OPEN");
        fields.put("organisation", organisation);
        fields.put("requesterKind", "SENIOR");
        fields.put("title", "Help with the computer");
        fields.put("theme", "digital");
        fields.put("kern", "breukelen");
        fields.put("languages", List.of("nl"));
        fields.put("languageRequired", false);
        fields.put("vogRequired", false);
        fields.put("trainings", List.of());
        fields.put("volunteersNeeded", 1);
        fields.put("schedule", Map.of("type", "RECURRING", "slots", List.of("TUE_MORNING"), "startsOn", "2026-07-01",
                "hoursPerTime", 2));
        fields.put("urgency", "NORMAL");
        fields.put("createdAt", "2026-05-04T10:15:30+02:00");
    }

    public static RequestEvent anOpenRequest(String organisation) {
        return new RequestEvent(UUID.randomUUID(), organisation);
    }

    public UUID id() {
        return UUID.fromString((String) fields.get("id"));
    }

    public RequestEvent version(long version) {
        fields.put("version", version);
        return this;
    }

    public RequestEvent status(String status) {
        fields.put("status", status);
        return this;
    }

    public RequestEvent inKern(String kern) {
        fields.put("kern", kern);
        return this;
    }

    public RequestEvent needsTalent(String code, int minLevel) {
        talents.add(Map.of("code", code, "minLevel", minLevel));
        return this;
    }

    public RequestEvent needsTraining(String code) {
        fields.put("trainings", List.of(code));
        return this;
    }

    public RequestEvent needsTrainings(String... codes) {
        fields.put("trainings", List.of(codes));
        return this;
    }

    public RequestEvent needsVog() {
        fields.put("vogRequired", true);
        return this;
    }

    /** The pseudonymous requester key request-service will carry (continuity). */
    public RequestEvent requesterKey(String key) {
        fields.put("requesterKey", key);
        return this;
    }

    /** request-service erased the requester's data: no key, the title blanked, {@code erasedAt} set. */
    public RequestEvent erased() {
        fields.put("requesterKey", null);
        fields.put("title", "(erased)");
        fields.put("erasedAt", "2026-09-01T03:00:00Z");
        return this;
    }

    /** Ask matching to offer the next best candidate when an offer is declined or expires. */
    public RequestEvent autoOfferNext() {
        fields.put("autoOfferNext", true);
        return this;
    }

    /** RECURRING on these weekly slots ("SAT_MORNING"), from 2026-07-01, two hours each time. */
    public RequestEvent weekly(String... slots) {
        fields.put("schedule", Map.of("type", "RECURRING", "slots", List.of(slots), "startsOn", "2026-07-01",
                "hoursPerTime", 2));
        return this;
    }

    /** ONE_OFF on {@code date}, these day parts ("MORNING"). */
    public RequestEvent oneOff(LocalDate date, String... dayParts) {
        fields.put("schedule", Map.of("type", "ONE_OFF", "date", date.toString(), "dayParts", List.of(dayParts)));
        return this;
    }

    /**
     * ONE_OFF on a morning no other request made this way asks for (from 60 days ahead, a day each): for tests that
     * propose one volunteer for several requests at once, which no double booking would otherwise refuse.
     */
    public RequestEvent atItsOwnTime() {
        return oneOff(LocalDate.now().plusDays(60 + OWN_DAYS.getAndIncrement()), "MORNING");
    }

    public RequestEvent volunteersNeeded(int count) {
        fields.put("volunteersNeeded", count);
        return this;
    }

    String json() {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("talents", talents);
        return Feeds.json(all);
    }
}
