package nl.talentenbureau.matching.batch;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
            @Schema(examples = "NO_FEASIBLE_CANDIDATE") Unfilled.Reason reason) {
    }

    static ProposalsView of(int requests, Proposals proposals) {
        return new ProposalsView(requests, round(proposals.totalScore()),
                proposals.assignments().stream()
                        .map(a -> new AssignmentView(a.requestId(), a.volunteerId(), round(a.score()))).toList(),
                proposals.unfilled().stream()
                        .map(u -> new UnfilledView(u.requestId(), u.missing(), u.reason())).toList());
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
