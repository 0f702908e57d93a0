package nl.talentenbureau.matching.match;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchAnswer", description = "How an offer was answered, for the services (notification-service quotes the reason to the coordinators); not in the event feed, since the reason is free text")
public record MatchAnswerView(
        @Schema(description = "Match id", examples = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") UUID matchId,
        @Schema(description = "The match's status now", examples = "DECLINED") MatchStatus status,
        @Schema(description = "The volunteer's reason when declined; null when none was given or it was not declined", examples = "Ik ben die week weg") String reason,
        @Schema(description = "How the offer was answered; null while unanswered", examples = "SELF") AnswerChannel answerChannel) {
}
