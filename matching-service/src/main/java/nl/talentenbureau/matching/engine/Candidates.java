package nl.talentenbureau.matching.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The answer to "who could help with this request": the best candidates, best first, and how many volunteers
 * each hard filter excluded.
 *
 * @param eligible how many volunteers passed every hard filter (and were scored)
 * @param excluded per filter, how many volunteers it excluded; filters that excluded nobody are left out
 */
public record Candidates(UUID requestId, List<Candidate> candidates, int eligible, Map<Exclusion, Integer> excluded) {

    public Candidates {
        candidates = List.copyOf(candidates);
        EnumMap<Exclusion, Integer> copy = new EnumMap<>(Exclusion.class);
        excluded.forEach((reason, count) -> {
            if (count > 0) {
                copy.put(reason, count);
            }
        });
        excluded = Collections.unmodifiableMap(copy);
    }

    public int excludedCount(Exclusion reason) {
        return excluded.getOrDefault(reason, 0);
    }

    /** "14 without a valid VOG, 31 too far", in filter order. */
    public String exclusionSummary() {
        return excluded.entrySet().stream()
                .map(entry -> entry.getKey().describe(entry.getValue()))
                .collect(Collectors.joining(", "));
    }
}
