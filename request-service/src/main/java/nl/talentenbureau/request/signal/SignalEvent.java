package nl.talentenbureau.request.signal;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.talentenbureau.request.request.Urgency;

/**
 * The payload of every signal event on the feed (aggregate type {@code signal}): ids, codes and times only. Never the
 * note, the feedback, the reference or who raised it, so the feed holds nothing to erase.
 */
public record SignalEvent(UUID id, long version, SignalStatus status, String theme, String kern, Urgency urgency,
        String receivingOrganisation, OffsetDateTime raisedAt, OffsetDateTime pickedUpAt, OffsetDateTime feedbackAt,
        OffsetDateTime closedAt, OffsetDateTime escalatedAt) {

    static SignalEvent of(Signal s) {
        return new SignalEvent(s.id, s.version, s.status, s.theme, s.kern, s.urgency, s.receivingOrganisation,
                s.raisedAt, s.pickedUpAt, s.feedbackAt, s.closedAt, s.escalatedAt);
    }
}
