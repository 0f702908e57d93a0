package nl.talentenbureau.notification.followed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the volunteer feed leaves here: no name, no address, no phone. */
@Entity
@Table(name = "followed_volunteer")
public class FollowedVolunteer {

    @Id
    public UUID id;
    public long version;
    public String subject;
    public String status;
    @Column(name = "reach_by")
    public String reachBy;
    /** comma-separated aliases */
    public String organisations;
    @Column(name = "vog_valid_until")
    public LocalDate vogValidUntil;
    /** JSON object code -> expiry date */
    public String trainings;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Override
    public boolean equals(Object o) {
        return o instanceof FollowedVolunteer other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
