package nl.talentenbureau.matching.candidates;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.matching.engine.Candidates;
import nl.talentenbureau.matching.engine.Component;
import nl.talentenbureau.matching.engine.Exclusion;

/** The answer of {@code GET /api/candidates}: volunteer ids only, never names (the projection has none). */
@Schema(name = "Candidates", description = "The best candidates for a request, best first, and why the others were left out")
public record CandidatesView(
        UUID requestId,
        @Schema(description = "Volunteers in the index (active or not, with consent to matching)", examples = "412") int volunteers,
        @Schema(description = "Volunteers passing every hard filter (all scored)", examples = "37") int eligible,
        @Schema(description = "The best candidates, best first; ties by volunteer id") List<CandidateView> candidates,
        @Schema(description = "Volunteers excluded by a hard filter, counted under the first filter they fail; filters that excluded nobody are left out") List<ExclusionView> excluded,
        @Schema(description = "The exclusions in words", examples = "31 too far, 14 without a valid VOG") String summary) {

    @Schema(name = "Candidate", description = "One volunteer with their score and its parts. Names and contact details: ask volunteer-service with the id")
    public record CandidateView(
            UUID volunteerId,
            @Schema(description = "Weighted sum of the components, in [0, 1]", examples = "0.8125") double score,
            List<ComponentView> components) {
    }

    @Schema(name = "ScoreComponent", description = "One part of a score: value in [0, 1], its weight and the reason")
    public record ComponentView(
            @Schema(examples = "SKILLS") Component component,
            @Schema(examples = "0.75") double value,
            @Schema(description = "Weight in the score (weights sum to 1)", examples = "0.35") double weight,
            @Schema(examples = "talent digital-help at level 2, needs 1") String reason) {
    }

    @Schema(name = "ExclusionCount", description = "How many volunteers one hard filter excluded")
    public record ExclusionView(
            @Schema(examples = "TOO_FAR") Exclusion reason,
            @Schema(examples = "31") int count,
            @Schema(examples = "31 too far") String description) {
    }

    static CandidatesView of(Candidates answer, int volunteers) {
        List<CandidateView> candidates = answer.candidates().stream()
                .map(c -> new CandidateView(c.volunteerId(), round(c.score()), c.components().stream()
                        .map(s -> new ComponentView(s.component(), round(s.value()), round(s.weight()), s.reason()))
                        .toList()))
                .toList();
        List<ExclusionView> excluded = answer.excluded().entrySet().stream()
                .map(e -> new ExclusionView(e.getKey(), e.getValue(), e.getKey().describe(e.getValue())))
                .toList();
        return new CandidatesView(answer.requestId(), volunteers, answer.eligible(), candidates, excluded,
                answer.exclusionSummary());
    }

    /** Six decimals: enough to tell scores apart, short enough to read. */
    static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
