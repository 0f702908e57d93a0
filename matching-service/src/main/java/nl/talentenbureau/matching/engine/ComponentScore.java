package nl.talentenbureau.matching.engine;

/** One component of a candidate's score: its value in [0, 1], its weight and the plain reason for the value. */
public record ComponentScore(Component component, double value, double weight, String reason) {
}
