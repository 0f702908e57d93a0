package nl.talentenbureau.notification.delivery;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.talentenbureau.notification.rules.Audience;
import nl.talentenbureau.notification.rules.Kind;

/**
 * One message to one recipient: the outbox row until it is sent, then its log line. Holds no address and no message
 * body; {@code facts} (ids, dates, codes) is cleared when the row is done.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    public Long id;
    @Column(name = "delivery_key")
    public String key;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public Audience audience;
    public String recipient;
    public String organisation;
    @Column(name = "match_id")
    public java.util.UUID matchId;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public int attempts;
    public String facts;
    @Column(name = "skip_reason")
    public String skipReason;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Override
    public boolean equals(Object o) {
        return o instanceof Delivery other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
