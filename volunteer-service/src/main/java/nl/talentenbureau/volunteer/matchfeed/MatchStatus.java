package nl.talentenbureau.volunteer.matchfeed;

import java.util.Set;

/** The statuses of matching-service's matches in which the match's organisation may reach the volunteer. */
final class MatchStatus {

    /** Proposed (the coordinator may have to phone for the answer) or live (accepted, active). */
    static final Set<String> REACHABLE = Set.of("PROPOSED", "ACCEPTED", "ACTIVE");

    private MatchStatus() {
    }
}
