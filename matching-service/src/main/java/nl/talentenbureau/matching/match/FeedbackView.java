package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Feedback", description = "Feedback on a match from one side")
public record FeedbackView(
        @Schema(description = "Who gave it", examples = "VOLUNTEER") Side side,
        @Schema(description = "Rating from 1 to 5", examples = "4") int rating,
        @Schema(description = "Comment", examples = "Went well, a good click") String comment,
        @Schema(description = "When it was given", examples = "2026-12-01T10:00:00Z") OffsetDateTime givenAt) {
}
