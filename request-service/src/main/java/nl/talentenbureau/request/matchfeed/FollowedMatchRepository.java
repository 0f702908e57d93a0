package nl.talentenbureau.request.matchfeed;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FollowedMatchRepository implements PanacheRepositoryBase<FollowedMatch, UUID> {

    public List<FollowedMatch> ofRequest(UUID requestId) {
        return list("requestId", requestId);
    }

    public Optional<UUID> liveMatchOf(UUID requestId, String volunteerSubject) {
        return find("requestId = ?1 and volunteerSubject = ?2 and status in ?3 order by matchId", requestId,
                volunteerSubject, List.of(MatchStatus.ACCEPTED, MatchStatus.ACTIVE)).firstResultOptional()
                .map(m -> m.matchId);
    }

    public boolean openOfferOf(UUID requestId, String volunteerSubject) {
        return matchOf(requestId, volunteerSubject, List.of(MatchStatus.PROPOSED));
    }

    private boolean matchOf(UUID requestId, String volunteerSubject, List<MatchStatus> statuses) {
        return count("requestId = ?1 and volunteerSubject = ?2 and status in ?3", requestId, volunteerSubject,
                statuses) > 0;
    }
}
