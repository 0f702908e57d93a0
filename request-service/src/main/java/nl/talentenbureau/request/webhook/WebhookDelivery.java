package nl.talentenbureau.request.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event to deliver to one webhook, written in the same transaction as the status change it reports. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    public UUID id;
    @Column(name = "webhook_id")
    public UUID webhookId;
    public String organisation;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "request_id")
    public UUID requestId;
    public String url;
    /** The exact bytes (UTF-8) that are signed and posted. */
    public String body;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_status_code")
    public Integer lastStatusCode;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookDelivery that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return WebhookDelivery.class.hashCode();
    }
}
