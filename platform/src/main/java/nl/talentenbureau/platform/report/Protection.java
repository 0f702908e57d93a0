package nl.talentenbureau.platform.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decides which cells of one sum may be shown: a parent figure (a year, a quarter, a total) and the figures it is made
 * of (its quarters, months or groups). Plain Java, no domain types: {@link YearTable} applies it to every such sum of
 * a year (volunteer-service's funnel and training reports), matching-service's impact {@code Suppression} likewise.
 *
 * <p>
 * Two rules make a whole year's publication safe, not only each sum on its own:
 * <ul>
 * <li><b>Hidden parent, hidden children.</b> When the parent is hidden, every child is withheld too. So a hidden
 * figure is never the sum of shown ones, and a child sum never joins two hidden figures: the sums whose parent is shown
 * share no hidden cell, and each can be checked alone.</li>
 * <li><b>No hidden cell is pinned.</b> For a shown parent the reader knows the hidden children's sum (parent minus
 * the shown children) and each hidden child's bounds from its mark: {@code "<5"} is 1..4, complementary is at least 5,
 * withheld is at least 0. The range of one variable under one sum with bounds is exact: from
 * {@code max(lo, sum - others' highs)} to {@code min(hi, sum - others' lows)}. While a range is a single value, the
 * smallest shown child of 5 or more is hidden as well; when none is left, every child is withheld.</li>
 * </ul>
 * A count of distinct volunteers is not a sum: a volunteer active in two months (or kernen) counts in both and once in
 * the parent. The reader then knows only that the hidden children together are at least the parent minus the shown
 * ones, and that each is at most the parent; {@link Relation#DISTINCT} checks exactly that.
 */
public final class Protection {

    /** What a published cell says of its value. */
    public enum Mark {

        /** the number itself */
        SHOWN,
        /** {@code "<5"}: 1 to 4 (for hours: logged on 1 to 4 matches) */
        UNDER_FIVE,
        /** {@code "suppressed"}: hidden so a small cell cannot be worked out; at least 5 */
        COMPLEMENTARY,
        /** {@code "suppressed"}: hidden with the rest of its sum; any value */
        WITHHELD;

        public boolean hidden() {
            return this != SHOWN;
        }
    }

    /** How a parent relates to its children. */
    public enum Relation {
        /** the parent is the sum of the children */
        SUM,
        /** distinct volunteers: the parent is at most the sum, each child at most the parent */
        DISTINCT
    }

    public static final int THRESHOLD = 5;
    static final long INFINITE = Long.MAX_VALUE / 8;

    private Protection() {
    }

    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** The mark of a figure that is nobody's child (a year): {@code "<5"} when small. */
    public static Mark root(long value) {
        return small(value) ? Mark.UNDER_FIVE : Mark.SHOWN;
    }

    /** The marks of the children of a count. Complementary cells are chosen smallest first, then by position. */
    public static List<Mark> counts(long parent, Mark parentMark, long[] values, Relation relation) {
        if (parentMark.hidden()) {
            return withheld(values.length);
        }
        List<Mark> marks = new ArrayList<>();
        for (long value : values) {
            marks.add(small(value) ? Mark.UNDER_FIVE : Mark.SHOWN);
        }
        while (pinned(parent, values, marks, relation)) {
            int next = -1;
            for (int i = 0; i < values.length; i++) {
                if (marks.get(i) == Mark.SHOWN && values[i] >= THRESHOLD && (next < 0 || values[i] < values[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                return withheld(values.length);
            }
            marks.set(next, Mark.COMPLEMENTARY);
        }
        return marks;
    }

    /**
     * The marks of the children's hours. Hours are not counts of people, but hours logged on fewer than 5 matches are
     * hidden ({@link Mark#UNDER_FIVE}). A reader only knows a hidden child's hours are positive, so two hidden
     * children are never pinned; one alone is, and takes the child with the next fewest matches with it.
     */
    public static List<Mark> hours(Mark parentMark, long[] matchesWithHours) {
        if (parentMark.hidden()) {
            return withheld(matchesWithHours.length);
        }
        List<Mark> marks = new ArrayList<>();
        for (long matches : matchesWithHours) {
            marks.add(small(matches) ? Mark.UNDER_FIVE : Mark.SHOWN);
        }
        if (Collections.frequency(marks, Mark.UNDER_FIVE) == 1) {
            int next = -1;
            for (int i = 0; i < matchesWithHours.length; i++) {
                long matches = matchesWithHours[i];
                if (marks.get(i) == Mark.SHOWN && matches > 0
                        && (next < 0 || matches < matchesWithHours[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                return withheld(matchesWithHours.length);
            }
            marks.set(next, Mark.COMPLEMENTARY);
        }
        return marks;
    }

    /**
     * All or nothing, for figures that give another one away when combined with a shown cell (unmatched requests give
     * the matched ones with the requests; a share gives the 55+ count with the volunteers): the children are shown
     * only when the parent is and every child is safe on its own; otherwise all are withheld, so a reader cannot tell
     * which child was the unsafe one.
     */
    public static List<Mark> allOrNothing(Mark parentMark, boolean[] safe) {
        boolean all = !parentMark.hidden();
        for (boolean s : safe) {
            all &= s;
        }
        return all ? Collections.nCopies(safe.length, Mark.SHOWN) : withheld(safe.length);
    }

    /**
     * Whether a reader who knows the parent, the shown children and the hidden children's marks can work out one
     * hidden child exactly.
     */
    static boolean pinned(long parent, long[] values, List<Mark> marks, Relation relation) {
        long known = parent;
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (marks.get(i).hidden()) {
                hidden.add(i);
            } else {
                known -= values[i];
            }
        }
        if (hidden.isEmpty()) {
            return false;
        }
        for (int i : hidden) {
            long othersLow = 0;
            long othersHigh = 0;
            for (int j : hidden) {
                if (j != i) {
                    othersLow = add(othersLow, low(marks.get(j)));
                    othersHigh = add(othersHigh, high(marks.get(j), parent, relation));
                }
            }
            long lo = low(marks.get(i));
            long hi = high(marks.get(i), parent, relation);
            long lowest = othersHigh >= INFINITE ? lo : Math.max(lo, known - othersHigh);
            long highest = relation == Relation.SUM ? Math.min(hi, known - othersLow) : hi;
            if (lowest >= highest) {
                return true;
            }
        }
        return false;
    }

    private static long low(Mark mark) {
        return switch (mark) {
            case UNDER_FIVE -> 1;
            case COMPLEMENTARY -> THRESHOLD;
            default -> 0;
        };
    }

    private static long high(Mark mark, long parent, Relation relation) {
        long high = mark == Mark.UNDER_FIVE ? THRESHOLD - 1 : INFINITE;
        return relation == Relation.DISTINCT ? Math.min(high, parent) : high;
    }

    private static long add(long a, long b) {
        return a >= INFINITE || b >= INFINITE ? INFINITE : a + b;
    }

    private static List<Mark> withheld(int n) {
        return new ArrayList<>(Collections.nCopies(n, Mark.WITHHELD));
    }
}
