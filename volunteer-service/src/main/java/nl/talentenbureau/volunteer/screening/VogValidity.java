package nl.talentenbureau.volunteer.screening;

import java.time.LocalDate;

/**
 * The coalition's rule for a VOG (Verklaring Omtrent het Gedrag): it counts for a number of years from its issue
 * date; the last valid day is the day before the anniversary.
 */
public record VogValidity(int years) {

    public VogValidity {
        if (years < 1) {
            throw new IllegalArgumentException("a VOG is valid for at least one year, not " + years);
        }
    }

    public LocalDate validUntil(LocalDate issuedOn) {
        return issuedOn.plusYears(years).minusDays(1);
    }

    public boolean isValidOn(LocalDate issuedOn, LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(validUntil(issuedOn));
    }

    /** The oldest issue date that is still valid on {@code day}: used to filter in SQL. */
    public LocalDate oldestValidIssueDate(LocalDate day) {
        return day.minusYears(years).plusDays(1);
    }
}
