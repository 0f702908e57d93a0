package nl.talentenbureau.volunteer.availability;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A date range in which the volunteer is away (holiday, hospital stay): no one-off help on those days. */
@Entity
public class Absence {

    @Id
    public UUID id;
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Override
    public boolean equals(Object other) {
        return other instanceof Absence that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Absence.class.hashCode();
    }
}
