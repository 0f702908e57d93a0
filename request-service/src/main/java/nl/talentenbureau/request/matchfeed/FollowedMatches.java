package nl.talentenbureau.request.matchfeed;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.request.request.LiveMatches;

/** Answers the request feature from the matches this service follows. */
@ApplicationScoped
public class FollowedMatches implements LiveMatches {

    private final FollowedMatchRepository matches;

    public FollowedMatches(FollowedMatchRepository matches) {
        this.matches = matches;
    }

    @Override
    public Optional<UUID> liveMatch(UUID requestId, String volunteerSubject) {
        return matches.liveMatchOf(requestId, volunteerSubject);
    }

    @Override
    public boolean offered(UUID requestId, String volunteerSubject) {
        return matches.openOfferOf(requestId, volunteerSubject);
    }
}
