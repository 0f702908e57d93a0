package nl.talentenbureau.matching.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The rows an impact report is computed from, one list per fact kind, each fetched by one query for the period.
 * Nothing here names a person: volunteers are ids, and only the birth year is read of them.
 */
public record Facts(List<RequestFact> requests, List<MatchFact> matches, List<HoursFact> hours) {

    /** Where an event belongs: the kern, theme and organisation of the request it is about. */
    public record Place(String kern, String theme, String organisation) {
    }

    /**
     * A request created in the period or first matched in it. {@code firstAcceptedAt}: the earliest acceptance of
     * any of its matches (null: never accepted).
     */
    public record RequestFact(UUID id, Place place, Instant createdAt, Instant firstAcceptedAt) {
    }

    /**
     * An accepted match (ACCEPTED, ACTIVE, COMPLETED, ENDED) that was still open at some moment of the period.
     * {@code volunteerBirthYear} is null when unknown (not in the snapshot, or the volunteer was erased).
     */
    public record MatchFact(UUID id, UUID volunteerId, Place place, String status, Instant acceptedAt,
            Instant activatedAt, Instant closedAt, Integer volunteerBirthYear) {

        boolean completed() {
            return "COMPLETED".equals(status);
        }
    }

    /** One hours entry worked in the period. */
    public record HoursFact(UUID matchId, Place place, LocalDate workedOn, BigDecimal hours) {
    }
}
