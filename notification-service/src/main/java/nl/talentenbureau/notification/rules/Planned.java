package nl.talentenbureau.notification.rules;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One message a rule decided on: its exactly-once key, kind, recipient (a volunteer id, or an organisation for its
 * coordinators), the organisation it belongs to, when it is due, and the facts the message needs (ids, dates and
 * codes only).
 */
public record Planned(String key, Kind kind, String recipient, String organisation, UUID matchId, Instant dueAt,
        Map<String, Object> facts) {

    public Audience audience() {
        return kind.audience();
    }
}
