package nl.talentenbureau.request.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The webhook API's records. */
public final class WebhookViews {

    private WebhookViews() {
    }

    @Schema(name = "WebhookInput")
    public record WebhookInput(
            @Schema(description = "https URL that receives status events; must resolve to a public address", examples = "https://partner.example.org/hooks/talentenbureau") @NotBlank @Size(max = 2000) String url) {
    }

    @Schema(name = "Webhook")
    public record WebhookView(
            UUID id,
            @Schema(examples = "https://partner.example.org/hooks/talentenbureau") String url,
            @Schema(examples = "2026-06-01T10:15:30+02:00") OffsetDateTime createdAt) {

        static WebhookView of(Webhook webhook) {
            return new WebhookView(webhook.id, webhook.url, webhook.createdAt);
        }
    }

    @Schema(name = "WebhookRegistered", description = "The new webhook with its shared secret: shown this once only")
    public record WebhookRegistered(
            UUID id,
            @Schema(examples = "https://partner.example.org/hooks/talentenbureau") String url,
            @Schema(description = "Standard Webhooks secret: the HMAC-SHA256 key (base64 after whsec_) of webhook-signature; store it now", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
            @Schema(examples = "2026-06-01T10:15:30+02:00") OffsetDateTime createdAt) {
    }

    @Schema(name = "WebhookSecretRotated", description = "The webhook's new secret: shown this once only")
    public record WebhookSecretRotated(
            UUID id,
            @Schema(description = "The new secret; every delivery from now on is signed with it", examples = "whsec_Ycd7Yw3QJq0zJ1cZ3G3m6d9n6M2bX1kPq5yT8r4uV0s=") String secret,
            @Schema(description = "Until then deliveries carry a second signature, made with the previous secret", examples = "2026-06-02T10:15:30+02:00") OffsetDateTime previousSecretValidUntil) {
    }

    @Schema(name = "WebhookDelivery", description = "One event and every attempt to deliver it")
    public record DeliveryView(
            UUID id,
            @Schema(description = "Id of the event (also in the body); the same on every retry") UUID eventId,
            @Schema(examples = "RequestStatusChanged") String eventType,
            UUID requestId,
            DeliveryStatus status,
            @Schema(examples = "3") int attempts,
            @Schema(examples = "200") Integer lastStatusCode,
            @Schema(examples = "2026-06-01T10:15:30+02:00") OffsetDateTime createdAt,
            @Schema(description = "When the next attempt is due (PENDING only)", examples = "2026-06-01T10:16:30+02:00") OffsetDateTime nextAttemptAt,
            @Schema(examples = "2026-06-01T10:15:41+02:00") OffsetDateTime deliveredAt,
            List<AttemptView> log) {

        static DeliveryView of(WebhookDelivery d, List<AttemptView> log) {
            return new DeliveryView(d.id, d.eventId, d.eventType, d.requestId, d.status, d.attempts,
                    d.lastStatusCode, d.createdAt, d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null,
                    d.deliveredAt, log);
        }
    }

    @Schema(name = "WebhookAttempt")
    public record AttemptView(
            @Schema(examples = "1") int attempt,
            @Schema(examples = "2026-06-01T10:15:31+02:00") OffsetDateTime attemptedAt,
            @Schema(description = "HTTP status the receiver answered, if it answered", examples = "503") Integer statusCode,
            @Schema(description = "ACKNOWLEDGED, REJECTED, UNREACHABLE or BLOCKED", examples = "REJECTED") String outcome,
            @Schema(examples = "java.net.ConnectException") String error) {

        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(a.attempt, a.attemptedAt, a.statusCode, a.outcome, a.error);
        }
    }

    /** The JSON body of a status event: ids and statuses only, never personal data. */
    public record StatusEvent(UUID eventId, String type, UUID requestId, String organisation, String previousStatus,
            String status, OffsetDateTime occurredAt) {
    }
}
