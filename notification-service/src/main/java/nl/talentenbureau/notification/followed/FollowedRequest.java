package nl.talentenbureau.notification.followed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the request feed leaves here: what, where, when. Never the title, description or requester key. */
@Entity
@Table(name = "followed_request")
public class FollowedRequest {

    @Id
    public UUID id;
    public long version;
    public String organisation;
    public String status;
    public String theme;
    public String kern;
    /** the schedule as JSON */
    public String schedule;
    public String urgency;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Override
    public boolean equals(Object o) {
        return o instanceof FollowedRequest other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
