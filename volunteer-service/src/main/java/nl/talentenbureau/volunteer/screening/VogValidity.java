package nl.talentenbureau.volunteer.screening;

import java.time.LocalDate;

/**
 * The coalition's rule for a VOG (Verklaring Omtrent het Gedrag): it counts for a number of years from its issue
 * date; the last valid day is the day before the anniversary. SQL filters use the same rule as
 * {@code issued_on + make_interval(years => n) > day}: PostgreSQL and {@code plusYears} agree on 29 February.
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
}
