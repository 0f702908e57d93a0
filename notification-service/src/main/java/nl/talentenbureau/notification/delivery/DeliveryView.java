package nl.talentenbureau.notification.delivery;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the delivery log: what was sent to whom and how it went. No address, no message. */
@Schema(name = "Delivery", description = "One message to one recipient and what became of it")
public record DeliveryView(
        @Schema(examples = "1042") long id,
        @Schema(description = "The message kind", examples = "OFFER_NEW") String kind,
        @Schema(description = "VOLUNTEER (recipient is a volunteer id) or COORDINATOR (a Keycloak user id); COORDINATORS while the organisation's coordinators are not yet looked up", examples = "VOLUNTEER") String audience,
        @Schema(description = "Volunteer id or coordinator user id, never an address", examples = "3f6c2a9e-8d1b-4b7a-9c2d-5e4f3a2b1c0d") String recipient,
        @Schema(examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(description = "The match the message is about, if any", examples = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") String matchId,
        @Schema(description = "PENDING, SENT, SKIPPED or FAILED", examples = "SENT") String status,
        @Schema(description = "Attempts made so far", examples = "1") int attempts,
        @Schema(description = "Why it was not sent (SKIPPED)", examples = "prefers a phone call") String skipReason,
        @Schema(examples = "2026-12-01T09:15:00Z") OffsetDateTime createdAt,
        @Schema(description = "When it is (or was) due; quiet hours and retries move it", examples = "2026-12-01T09:15:00Z") OffsetDateTime dueAt,
        @Schema(examples = "2026-12-01T09:15:02Z") OffsetDateTime sentAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id, d.kind.name(), d.audience.name(), d.recipient, d.organisation,
                d.matchId == null ? null : d.matchId.toString(), d.status.name(), d.attempts, d.skipReason,
                d.createdAt, d.dueAt, d.sentAt);
    }
}
