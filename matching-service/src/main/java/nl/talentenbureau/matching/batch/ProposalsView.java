package nl.talentenbureau.matching.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.matching.engine.Exclusion;

/** The answer of {@code POST /api/proposals}: nothing is stored. */
@Schema(name = "Proposals", description = "The assignment with the highest total score within every request's need and every volunteer's capacity. Nothing is stored")
public record ProposalsView(
        @Schema(description = "How many requests were considered", examples = "12") int requests,
        @Schema(description = "Sum of the proposed pairs' scores", examples = "9.4375") double totalScore,
        List<AssignmentView> assignments,
        @Schema(description = "Requests that got fewer volunteers than they need, and why") List<UnfilledView> unfilled) {

    @Schema(name = "ProposedPair", description = "One volunteer proposed for one request")
    public record AssignmentView(
            UUID requestId,
            UUID volunteerId,
            @Schema(description = "The pair's score, in [0, 1] (as GET /api/candidates explains it)", examples = "0.8125") double score) {
    }

    @Schema(name = "UnfilledRequest", description = "A request left (partly) unfilled")
    public record UnfilledView(
            UUID requestId,
            @Schema(description = "How many more volunteers it needs", examples = "1") int missing,
            @Schema(examples = "NO_FEASIBLE_CANDIDATE") Unfilled.Reason reason,
            @Schema(description = "Volunteers a hard filter left out for this request, counted under the first filter they fail (as GET /api/candidates counts them); filters that left out nobody are not listed") List<UnfilledExclusionView> excluded,
            @Schema(description = "The exclusions in words", examples = "2 too far, 1 already busy then") String summary) {
    }

    @Schema(name = "UnfilledExclusionCount", description = "How many volunteers one hard filter left out for an unfilled request")
    public record UnfilledExclusionView(
            @Schema(examples = "BUSY") Exclusion reason,
            @Schema(examples = "1") int count,
            @Schema(examples = "1 already busy then") String description) {
    }

    static ProposalsView of(ProposalService.Answer answer) {
        Proposals proposals = answer.proposals();
        return new ProposalsView(answer.requests(), round(proposals.totalScore()),
                proposals.assignments().stream()
                        .map(a -> new AssignmentView(a.requestId(), a.volunteerId(), round(a.score()))).toList(),
                proposals.unfilled().stream()
                        .map(u -> unfilled(u, answer.excluded().getOrDefault(u.requestId(), Map.of()))).toList());
    }

    private static UnfilledView unfilled(Unfilled u, Map<Exclusion, Integer> excluded) {
        List<UnfilledExclusionView> counts = new ArrayList<>();
        for (Exclusion reason : Exclusion.values()) {
            int count = excluded.getOrDefault(reason, 0);
            if (count > 0) {
                counts.add(new UnfilledExclusionView(reason, count, reason.describe(count)));
            }
        }
        return new UnfilledView(u.requestId(), u.missing(), u.reason(), counts, counts.stream()
                .map(UnfilledExclusionView::description).collect(Collectors.joining(", ")));
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
