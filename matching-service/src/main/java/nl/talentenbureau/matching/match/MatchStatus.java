package nl.talentenbureau.matching.match;

/** Where a match is in its lifecycle (DESIGN.md, "Lifecycles"); the steps are {@link MatchSteps}. */
public enum MatchStatus {

    PROPOSED,
    ACCEPTED,
    DECLINED,
    /** Not answered before the deadline (the expiry job). */
    EXPIRED,
    /** Taken back unanswered because the request was cancelled or expired. */
    WITHDRAWN,
    ACTIVE,
    COMPLETED,
    ENDED;

    /** Counts against the volunteer's capacity. */
    public boolean live() {
        return this == ACCEPTED || this == ACTIVE;
    }
}
