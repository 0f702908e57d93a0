package nl.talentenbureau.volunteer.session;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Who has a place and who waits, for one session: a plain rule over its enrolments. Places go by sequence number
 * (the order in which the enrolments were made, under the session's row lock): the first {@code places} active ones
 * hold a place, the rest wait in that order. A cancellation or more places move the first waiting ones up; a later
 * enrolment never overtakes an earlier one.
 */
public final class Roster {

    /** One enrolment as the rule sees it. */
    public record Entry(UUID volunteerId, long seq, EnrolmentStatus status) {
    }

    private final int places;
    private final List<Entry> entries;

    public Roster(int places, List<Entry> entries) {
        if (places < 0) {
            throw new IllegalArgumentException("places must not be negative");
        }
        this.places = places;
        this.entries = entries.stream().sorted(Comparator.comparingLong(Entry::seq)).toList();
    }

    public int enrolled() {
        return (int) entries.stream().filter(e -> e.status() == EnrolmentStatus.ENROLLED).count();
    }

    /** The waiting list, first in line first. */
    public List<Entry> waiting() {
        return entries.stream().filter(e -> e.status() == EnrolmentStatus.WAITING).toList();
    }

    public int free() {
        return Math.max(0, places - enrolled());
    }

    /** What a new enrolment becomes: a place while one is free and nobody waits, else the end of the list. */
    public EnrolmentStatus admit() {
        return free() > 0 && waiting().isEmpty() ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING;
    }

    /** Position on the waiting list (1 = next in line), 0 when the volunteer is not waiting. */
    public int positionOf(UUID volunteerId) {
        List<Entry> waiting = waiting();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).volunteerId().equals(volunteerId)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The waiting volunteers who get a free place now, first in line first (after a cancellation or more places). */
    public List<UUID> movingUp() {
        return waiting().stream().limit(free()).map(Entry::volunteerId).toList();
    }

    /** Whether the session can shrink to {@code newPlaces} without taking a place from someone who has one. */
    public boolean fits(int newPlaces) {
        return newPlaces >= enrolled();
    }
}
