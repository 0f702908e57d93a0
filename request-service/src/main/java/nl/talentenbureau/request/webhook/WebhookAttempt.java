package nl.talentenbureau.request.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the delivery log: one attempt and how it went. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "delivery_id")
    public UUID deliveryId;
    public int attempt;
    @Column(name = "attempted_at")
    public OffsetDateTime attemptedAt;
    @Column(name = "status_code")
    public Integer statusCode;
    /** ACKNOWLEDGED, REJECTED (non-2xx), UNREACHABLE (no answer) or BLOCKED (the URL is no longer allowed). */
    public String outcome;
    public String error;

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookAttempt that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return WebhookAttempt.class.hashCode();
    }
}
