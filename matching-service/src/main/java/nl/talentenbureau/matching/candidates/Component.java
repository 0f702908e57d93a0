package nl.talentenbureau.matching.candidates;

/** The parts of a candidate's score, each in [0, 1]. */
public enum Component {
    SKILLS,
    AVAILABILITY,
    DISTANCE,
    LOAD,
    CONTINUITY
}
