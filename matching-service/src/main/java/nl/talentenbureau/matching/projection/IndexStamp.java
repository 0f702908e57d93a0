package nl.talentenbureau.matching.projection;

/** A fingerprint of the tables the volunteer index is built from ({@link ProjectionRepository#indexStamp()}). */
public record IndexStamp(long volunteers, long volunteerVersions, long matches, long matchVersions, long catalogue) {
}
