package nl.talentenbureau.notification.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.platform.follower.FollowedEvent;
import nl.talentenbureau.platform.testing.StubFeeds;

/**
 * Events on the three stub feeds, shaped like the producers' payloads; each append also answers the event as the
 * follower reads it, so a test can apply it again.
 */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    public static FollowedEvent volunteer(UUID id, long version, String subject, String organisation,
            LocalDate vogValidUntil, Map<String, LocalDate> trainings, String reachBy) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id.toString());
        payload.put("version", version);
        payload.put("subject", subject);
        payload.put("status", "ACTIVE");
        payload.put("homeKern", "breukelen");
        payload.put("maxTravelKm", 10);
        payload.put("organisations", List.of(organisation));
        payload.put("vogValidUntil", vogValidUntil == null ? null : vogValidUntil.toString());
        List<Map<String, Object>> held = new ArrayList<>();
        trainings.forEach((code, expires) -> held.add(Map.of("code", code, "expiresOn", expires.toString())));
        payload.put("trainings", held);
        payload.put("matchingConsent", true);
        if (reachBy != null) {
            payload.put("reachBy", reachBy);
        }
        return append("volunteers", "VolunteerUpdated", "volunteer", id, payload);
    }

    public static FollowedEvent erased(UUID id) {
        return append("volunteers", "VolunteerErased", "volunteer", id, Map.of("id", id.toString()));
    }

    /** A volunteer event as the feed serves it after the volunteer's erasure: the bare id. */
    public static FollowedEvent redacted(UUID id, String type) {
        return append("volunteers", type, "volunteer", id, Map.of("id", id.toString()));
    }

    /** A step of an application on volunteer-service's feed, as it writes it: ids only. */
    public static FollowedEvent application(UUID id, long version, String type) {
        return append("recruitment", type, "application", id, Map.of("id", id.toString(), "version", version));
    }

    /** A step of an event's sign-up on volunteer-service's feed: ids only. */
    public static FollowedEvent signup(UUID id, UUID eventId, String type) {
        return append("recruitment", type, "outreach-signup", id,
                Map.of("id", id.toString(), "eventId", eventId.toString()));
    }

    public static FollowedEvent request(UUID id, String organisation, String theme, String kern) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id.toString());
        payload.put("version", 1);
        payload.put("status", "OPEN");
        payload.put("organisation", organisation);
        payload.put("requesterKind", "SENIOR");
        payload.put("title", "Mevrouw Jansen, Dorpsstraat 1");
        payload.put("theme", theme);
        payload.put("kern", kern);
        payload.put("schedule", Map.of("type", "RECURRING", "slots", List.of("TUE_MORNING", "THU_AFTERNOON"),
                "startsOn", "2026-12-08", "hoursPerTime", 2));
        payload.put("urgency", "NORMAL");
        payload.put("dueDate", "2026-12-20");
        payload.put("requesterKey", "secret-key");
        payload.put("volunteersNeeded", 1);
        return append("requests", "RequestCreated", "request", id, payload);
    }

    /** A signal event of request-service's feed (aggregate type signal): ids, codes and times only. */
    public static FollowedEvent signal(String type, UUID id, String receivingOrganisation, String theme,
            String urgency) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id.toString());
        payload.put("version", 1);
        payload.put("status", "RAISED");
        payload.put("theme", theme);
        payload.put("kern", "breukelen");
        payload.put("urgency", urgency);
        payload.put("receivingOrganisation", receivingOrganisation);
        payload.put("raisedAt", "2026-12-01T09:00:00+01:00");
        payload.put("escalatedAt", "2026-12-02T09:00:00+01:00");
        return append("requests", type, "signal", id, payload);
    }

    /** One match on the stub matching feed, version by version. */
    public static final class Match {

        public final UUID id = UUID.randomUUID();
        private final UUID request;
        private final UUID volunteer;
        private final String organisation;
        private final OffsetDateTime deadline;
        private long version;

        public Match(UUID request, UUID volunteer, String organisation, OffsetDateTime deadline) {
            this.request = request;
            this.volunteer = volunteer;
            this.organisation = organisation;
            this.deadline = deadline;
        }

        public FollowedEvent proposed(boolean automatic) {
            return event("MatchProposed", "PROPOSED", automatic, null);
        }

        public FollowedEvent event(String type, String status, boolean automatic, String channel) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("matchId", id.toString());
            payload.put("version", ++version);
            payload.put("requestId", request.toString());
            payload.put("volunteerId", volunteer.toString());
            payload.put("volunteerSubject", null);
            payload.put("organisation", organisation);
            payload.put("status", status);
            payload.put("hoursLogged", 0);
            payload.put("at", OffsetDateTime.now().toString());
            payload.put("answerDeadline", deadline == null ? null : deadline.toString());
            payload.put("automatic", automatic);
            payload.put("answerChannel", channel);
            return append("matching", type, "match", id, payload);
        }
    }

    private static FollowedEvent append(String feed, String type, String aggregateType, UUID id, Object payload) {
        try {
            String json = JSON.writeValueAsString(payload);
            long seq = StubFeeds.append(feed, type, aggregateType, id, json);
            JsonNode tree = JSON.readTree(json);
            return new FollowedEvent(seq, type, aggregateType, id.toString(), OffsetDateTime.now(), tree);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
