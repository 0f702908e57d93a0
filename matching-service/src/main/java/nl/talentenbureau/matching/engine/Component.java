package nl.talentenbureau.matching.engine;

/** The parts of a candidate's score, each in [0, 1]. */
public enum Component {
    SKILLS,
    AVAILABILITY,
    DISTANCE,
    LOAD,
    CONTINUITY
}
