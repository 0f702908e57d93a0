package nl.talentenbureau.request.request;

import java.util.UUID;

/**
 * Whether a volunteer holds a live (ACCEPTED or ACTIVE) match of a request, as the matching feed last told. Defined
 * here and implemented by the matchfeed feature, so the two features do not depend on each other both ways.
 */
public interface LiveMatches {

    boolean holds(UUID requestId, String volunteerSubject);
}
