package nl.talentenbureau.matching.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The part of the index that this service's own matches change: each volunteer's live-match count (load,
 * AT_CAPACITY) and the requesters they helped (continuity). Immutable; {@link #with} answers a copy with one
 * volunteer replaced, sharing the rest.
 */
final class LiveMatches {

    static final int[] NOBODY = new int[0];

    /** per position: live (ACCEPTED or ACTIVE) matches */
    final int[] activeMatches;
    /** per requester key: the positions of volunteers who helped them, ascending */
    private final Map<String, int[]> helpers;
    /** per position: the requester keys they helped (the inverse of {@code helpers}) */
    private final String[][] helped;

    LiveMatches(int[] activeMatches, Map<String, int[]> helpers, String[][] helped) {
        this.activeMatches = activeMatches;
        this.helpers = helpers;
        this.helped = helped;
    }

    /** The positions of the volunteers who helped this requester, ascending. */
    int[] helpersOf(String requesterKey) {
        return helpers.getOrDefault(requesterKey, NOBODY);
    }

    /**
     * A copy with the volunteer at position {@code i} given {@code live} matches and these helped requesters:
     * O(volunteers) array copy plus, only when the requesters changed, O(requester keys) map copy.
     */
    LiveMatches with(int i, int live, Set<String> helpedRequesters) {
        int[] counts = activeMatches.clone();
        counts[i] = live;
        Set<String> before = Set.of(helped[i]);
        if (before.equals(helpedRequesters)) {
            return new LiveMatches(counts, helpers, helped);
        }
        Map<String, int[]> keys = new HashMap<>(helpers);
        for (String gone : before) {
            if (!helpedRequesters.contains(gone)) {
                int[] without = Arrays.stream(keys.get(gone)).filter(p -> p != i).toArray();
                if (without.length == 0) {
                    keys.remove(gone);
                } else {
                    keys.put(gone, without);
                }
            }
        }
        for (String added : helpedRequesters) {
            if (!before.contains(added)) {
                int[] previous = keys.getOrDefault(added, NOBODY);
                int[] with = Arrays.copyOf(previous, previous.length + 1);
                with[with.length - 1] = i;
                Arrays.sort(with);
                keys.put(added, with);
            }
        }
        String[][] perVolunteer = helped.clone();
        perVolunteer[i] = helpedRequesters.toArray(String[]::new);
        return new LiveMatches(counts, keys, perVolunteer);
    }
}
