package nl.talentenbureau.volunteer.screening;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The latest VOG on record for a volunteer; only its issue date is kept, never the document. */
@Entity
public class Vog {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Override
    public boolean equals(Object other) {
        return other instanceof Vog that && volunteerId != null && volunteerId.equals(that.volunteerId);
    }

    @Override
    public int hashCode() {
        return Vog.class.hashCode();
    }
}
