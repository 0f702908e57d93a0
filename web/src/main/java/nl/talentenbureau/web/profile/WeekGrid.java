package nl.talentenbureau.web.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The 21 weekly slots as a grid (a row per day, a column per part of the day) and what a stale save does: the
 * volunteer's own ticks and unticks since they read the page are put on top of what is saved now, and the page says
 * which slots someone else changed in the meantime.
 */
public final class WeekGrid {

    public static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    public static final List<String> PARTS = List.of("MORNING", "AFTERNOON", "EVENING");
    public static final List<String> SLOTS = DAYS.stream().flatMap(d -> PARTS.stream().map(p -> d + "_" + p))
            .toList();

    private WeekGrid() {
    }

    /** One slot with its message keys, for the grid's labels and the sentence about changes. */
    public record Slot(String code, String dayKey, String partKey) {

        static Slot of(String code) {
            String[] parts = code.split("_", 2);
            return new Slot(code, "day_" + parts[0], "part_" + parts[1]);
        }
    }

    /** What someone else changed between the version the volunteer read and the one saved now. */
    public record Changes(List<Slot> on, List<Slot> off) {

        public boolean any() {
            return !on.isEmpty() || !off.isEmpty();
        }
    }

    /** A row of the grid: the day's message key and its three slots. */
    public record Day(String key, List<Slot> slots) {
    }

    public static List<Day> days() {
        return DAYS.stream().map(day -> new Day("day_" + day, PARTS.stream().map(part -> Slot.of(day + "_" + part))
                .toList())).toList();
    }

    /** Only the 21 known slots, in week order, each once. */
    public static List<String> clean(Collection<String> slots) {
        return slots == null ? List.of() : SLOTS.stream().filter(slots::contains).toList();
    }

    public static Changes changes(Collection<String> read, Collection<String> now) {
        List<Slot> on = new ArrayList<>();
        List<Slot> off = new ArrayList<>();
        for (String slot : SLOTS) {
            if (now.contains(slot) && !read.contains(slot)) {
                on.add(Slot.of(slot));
            } else if (read.contains(slot) && !now.contains(slot)) {
                off.add(Slot.of(slot));
            }
        }
        return new Changes(on, off);
    }

    /** The volunteer's own edits (from {@code read} to {@code wanted}) applied to what is saved {@code now}. */
    public static List<String> merge(Collection<String> read, Collection<String> wanted, Collection<String> now) {
        Set<String> result = new LinkedHashSet<>(now);
        for (String slot : SLOTS) {
            if (wanted.contains(slot) && !read.contains(slot)) {
                result.add(slot);
            } else if (read.contains(slot) && !wanted.contains(slot)) {
                result.remove(slot);
            }
        }
        return clean(result);
    }
}
