package nl.talentenbureau.volunteer.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A course of the trainings catalogue on one date, given by one organisation. {@code version} is the ETag: raised by
 * the service on every change of the session itself (not by enrolments, so a coordinator's edit is not refused
 * because someone enrolled meanwhile); every write holds the row lock.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    public UUID id;
    public long version;
    @Column(name = "training_code")
    public String trainingCode;
    public String organisation;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Column(name = "starts_at")
    public LocalTime startsAt;
    @Column(name = "ends_at")
    public LocalTime endsAt;
    public String kern;
    public String place;
    public String trainer;
    public int places;
    @Enumerated(EnumType.STRING)
    public SessionStatus status;
    @Column(name = "next_seq")
    public long nextSeq;
    /** How many attended, once attendance is recorded: kept here so erasing an attendee keeps the count. */
    public Integer attended;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingSession that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return TrainingSession.class.hashCode();
    }
}
