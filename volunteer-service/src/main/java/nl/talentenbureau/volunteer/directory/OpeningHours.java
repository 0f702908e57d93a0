package nl.talentenbureau.volunteer.directory;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The rule on opening hours, without a database: each period ends after it starts, and two periods of one day do not
 * overlap (a website would show them as one confusing line). Unit-tested in {@code OpeningHoursTest}.
 */
final class OpeningHours {

    private OpeningHours() {
    }

    /** The first wrong period as {@code (index, message)}, or empty when all are right. */
    static Optional<Problem> check(List<DirectoryInput.Opening> openings) {
        for (int i = 0; i < openings.size(); i++) {
            DirectoryInput.Opening a = openings.get(i);
            if (!LocalTime.parse(a.until()).isAfter(LocalTime.parse(a.from()))) {
                return Optional.of(new Problem(i, "until must be later than from"));
            }
            for (int j = 0; j < i; j++) {
                DirectoryInput.Opening b = openings.get(j);
                if (a.day() == b.day() && LocalTime.parse(a.from()).isBefore(LocalTime.parse(b.until()))
                        && LocalTime.parse(b.from()).isBefore(LocalTime.parse(a.until()))) {
                    return Optional.of(new Problem(i, "overlaps openingHours[" + j + "] on " + a.day()));
                }
            }
        }
        return Optional.empty();
    }

    record Problem(int index, String message) {
    }
}
