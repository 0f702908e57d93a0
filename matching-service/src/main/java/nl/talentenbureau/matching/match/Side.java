package nl.talentenbureau.matching.match;

/** Which side of a match acts: the volunteer (their own match) or a coordinator of the match's organisation. */
public enum Side {
    VOLUNTEER,
    COORDINATOR
}
