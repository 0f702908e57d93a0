package nl.talentenbureau.web.coordinator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.talentenbureau.web.coordinator.CoordinatorApi.Candidate;
import nl.talentenbureau.web.coordinator.CoordinatorApi.Exclusion;
import nl.talentenbureau.web.coordinator.CoordinatorApi.Match;
import nl.talentenbureau.web.coordinator.CoordinatorApi.Request;
import nl.talentenbureau.web.coordinator.CoordinatorApi.ScorePart;

/** What the coordinator's pages show, made from the API's answers; no rule of the API is repeated here. */
public final class CoordinatorViews {

    private static final Set<String> COMPONENTS = Set.of("SKILLS", "AVAILABILITY", "DISTANCE", "LOAD", "CONTINUITY");
    private static final Set<String> EXCLUSIONS = Set.of("TOO_FAR", "NOT_ACTIVE", "NO_VALID_VOG", "MISSING_TRAINING",
            "NO_SHARED_LANGUAGE", "AT_CAPACITY", "ABSENT", "BUSY");
    private static final List<String> URGENCY = List.of("HIGH", "NORMAL", "LOW");

    private CoordinatorViews() {
    }

    /** Most urgent first, then the nearest due date (requests without one last). */
    static final Comparator<Request> BY_URGENCY_AND_DUE_DATE = Comparator
            .<Request>comparingInt(
                    r -> URGENCY.indexOf(r.urgency()) < 0 ? URGENCY.size() : URGENCY.indexOf(r.urgency()))
            .thenComparing(Request::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));

    public record CandidateRow(UUID volunteerId, String name, int percent, List<PartRow> parts, Match match) {
    }

    public record PartRow(String labelKey, int percent, String reason) {
    }

    public record ExclusionRow(String labelKey, int count) {
    }

    static CandidateRow candidate(Candidate candidate, Map<UUID, String> names, Map<UUID, Match> matches) {
        List<PartRow> parts = candidate.components().stream().map(CoordinatorViews::part).toList();
        return new CandidateRow(candidate.volunteerId(), names.get(candidate.volunteerId()),
                percent(candidate.score()), parts, matches.get(candidate.volunteerId()));
    }

    static ExclusionRow exclusion(Exclusion exclusion) {
        String reason = EXCLUSIONS.contains(exclusion.reason()) ? exclusion.reason() : "OTHER";
        return new ExclusionRow("exclusion_" + reason, exclusion.count());
    }

    private static PartRow part(ScorePart part) {
        String component = COMPONENTS.contains(part.component()) ? part.component() : "OTHER";
        return new PartRow("component_" + component, percent(part.value()), part.reason());
    }

    static int percent(double share) {
        return (int) Math.round(Math.max(0, Math.min(1, share)) * 100);
    }

    static String urgencyKey(String urgency) {
        return URGENCY.contains(urgency) ? "urgency_" + urgency : "urgency_NORMAL";
    }
}
