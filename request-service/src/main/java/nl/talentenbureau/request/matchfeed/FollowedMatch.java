package nl.talentenbureau.request.matchfeed;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A match of one of our requests, as the matching feed last told it. */
@Entity
@Table(name = "followed_match")
public class FollowedMatch {

    @Id
    @Column(name = "match_id")
    public UUID matchId;
    @Column(name = "request_id")
    public UUID requestId;
    /** The volunteer's account (token subject); null when the volunteer has no account, or the match is closed. */
    @Column(name = "volunteer_subject")
    public String volunteerSubject;
    @Enumerated(EnumType.STRING)
    public MatchStatus status;
    /** The match's version in matching-service (not an optimistic lock of ours). */
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof FollowedMatch that && matchId != null && matchId.equals(that.matchId);
    }

    @Override
    public int hashCode() {
        return FollowedMatch.class.hashCode();
    }
}
