package nl.talentenbureau.notification.followed;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The latest version of a match seen on the matching feed. */
@Entity
@Table(name = "followed_match")
public class FollowedMatch {

    @Id
    public UUID id;
    public long version;
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    public String organisation;
    public String status;
    @Column(name = "answer_deadline")
    public OffsetDateTime answerDeadline;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Override
    public boolean equals(Object o) {
        return o instanceof FollowedMatch other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
