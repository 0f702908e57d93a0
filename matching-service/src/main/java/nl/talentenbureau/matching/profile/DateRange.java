package nl.talentenbureau.matching.profile;

import java.time.LocalDate;
import java.util.Objects;

/** A closed range of days, both ends included: an absence. */
public record DateRange(LocalDate startsOn, LocalDate endsOn) {

    public DateRange {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("ends before it starts: " + startsOn + " .. " + endsOn);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
