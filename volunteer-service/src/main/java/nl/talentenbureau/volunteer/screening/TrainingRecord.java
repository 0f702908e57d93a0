package nl.talentenbureau.volunteer.screening;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A training from the catalogue that a volunteer completed; the expiry follows from the catalogue. */
@Entity
@Table(name = "training_record")
@IdClass(TrainingRecord.Key.class)
public class TrainingRecord {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    @Id
    @Column(name = "training_code")
    public String trainingCode;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    @Column(name = "expires_on")
    public LocalDate expiresOn;

    public record Key(UUID volunteerId, String trainingCode) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingRecord that && volunteerId != null && volunteerId.equals(that.volunteerId)
                && trainingCode != null && trainingCode.equals(that.trainingCode);
    }

    @Override
    public int hashCode() {
        return TrainingRecord.class.hashCode();
    }
}
