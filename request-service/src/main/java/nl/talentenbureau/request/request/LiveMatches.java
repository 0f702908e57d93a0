package nl.talentenbureau.request.request;

import java.util.Optional;
import java.util.UUID;

/**
 * How a volunteer stands to a request, as the matching feed last told: offered it (a PROPOSED match) or helping with
 * it (a live, ACCEPTED or ACTIVE, match). Defined here and implemented by the matchfeed feature, so the two features
 * do not depend on each other both ways.
 */
public interface LiveMatches {

    /** A live (ACCEPTED or ACTIVE) match of the request. */
    default boolean holds(UUID requestId, String volunteerSubject) {
        return liveMatch(requestId, volunteerSubject).isPresent();
    }

    /** The id of the volunteer's live (ACCEPTED or ACTIVE) match of the request, if she has one. */
    Optional<UUID> liveMatch(UUID requestId, String volunteerSubject);

    /** An open offer (PROPOSED) of the request, not yet answered. */
    boolean offered(UUID requestId, String volunteerSubject);
}
