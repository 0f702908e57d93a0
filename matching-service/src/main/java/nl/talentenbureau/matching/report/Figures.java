package nl.talentenbureau.matching.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The exact figures of one group (or the total) before suppression. Never answered as they are: {@link Suppression}
 * turns them into what may be published.
 *
 * @param hours the hours worked (match_hours.worked_on in the period)
 * @param matchesWithHours how many matches those hours were logged on (hours of fewer than 5 are suppressed)
 * @param daysToMatch per request first matched in the period: calendar days from creation to the first acceptance
 * @param knownAge active volunteers whose birth year is known (the denominator of the 55+ share)
 * @param aged55Plus of those, how many are 55 or older at {@code to}
 */
public record Figures(long requests, long matchesMade, long matchesCompleted, BigDecimal hours, long matchesWithHours,
        List<Long> daysToMatch, long activeVolunteers, long knownAge, long aged55Plus, long unmatchedRequests) {

    /** The median, or null without values; of an even count the mean of the two middle values. */
    public Double medianDaysToMatch() {
        if (daysToMatch.isEmpty()) {
            return null;
        }
        List<Long> sorted = daysToMatch.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The share of active volunteers aged 55+ among those with a known birth year, or null without any. */
    public Double shareAged55Plus() {
        return knownAge == 0 ? null : (double) aged55Plus / knownAge;
    }
}
