package nl.talentenbureau.volunteer.privacy;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(Consent.Key.class)
public class Consent {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    @Id
    @Enumerated(EnumType.STRING)
    public ConsentPurpose purpose;
    @Column(name = "given_at")
    public OffsetDateTime givenAt;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
    /** Who recorded the withdrawal (null while not withdrawn): the volunteer's own one only they can undo. */
    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_by")
    public ConsentActor.Role withdrawnBy;

    public boolean active() {
        return givenAt != null && withdrawnAt == null;
    }

    public record Key(UUID volunteerId, ConsentPurpose purpose) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Consent that && volunteerId != null && volunteerId.equals(that.volunteerId)
                && purpose == that.purpose;
    }

    @Override
    public int hashCode() {
        return Consent.class.hashCode();
    }
}
