package nl.talentenbureau.volunteer.matchfeed;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One match as matching-service's feed last told it: whose, for which organisation, in which status. */
@Entity
@Table(name = "match_link")
public class MatchLink {

    @Id
    @Column(name = "match_id")
    public UUID matchId;
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    public String organisation;
    public String status;
    public long version;

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchLink that && matchId != null && matchId.equals(that.matchId);
    }

    @Override
    public int hashCode() {
        return MatchLink.class.hashCode();
    }
}
