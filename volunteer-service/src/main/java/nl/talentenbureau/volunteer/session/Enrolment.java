package nl.talentenbureau.volunteer.session;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One volunteer's enrolment in one session; {@code seq} orders the waiting list. */
@Entity
@Table(name = "session_enrolment")
@IdClass(Enrolment.Key.class)
public class Enrolment {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    public long seq;
    @Enumerated(EnumType.STRING)
    public EnrolmentStatus status;
    @Column(name = "enrolled_by")
    @Enumerated(EnumType.STRING)
    public EnrolledBy enrolledBy;
    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    public record Key(UUID sessionId, UUID volunteerId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    Roster.Entry entry() {
        return new Roster.Entry(volunteerId, seq, status);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enrolment that && sessionId != null && sessionId.equals(that.sessionId)
                && volunteerId != null && volunteerId.equals(that.volunteerId);
    }

    @Override
    public int hashCode() {
        return Enrolment.class.hashCode();
    }
}
