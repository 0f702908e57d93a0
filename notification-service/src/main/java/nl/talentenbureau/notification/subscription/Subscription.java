package nl.talentenbureau.notification.subscription;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A coordinator who receives the mails of their organisation. */
@Entity
@Table(name = "coordinator_subscription")
public class Subscription {

    @Id
    public String subject;
    public String organisation;
    @Column(name = "subscribed_at")
    public OffsetDateTime subscribedAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof Subscription that && subject != null && subject.equals(that.subject);
    }

    @Override
    public int hashCode() {
        return Subscription.class.hashCode();
    }
}
