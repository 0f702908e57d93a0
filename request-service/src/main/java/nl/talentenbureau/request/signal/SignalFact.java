package nl.talentenbureau.request.signal;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One signal as matching-service's report counts it: codes and times, no id, nothing of the senior or the raiser.
 */
@Schema(name = "SignalFact")
public record SignalFact(
        @Schema(examples = "breukelen") String kern,
        @Schema(examples = "financial") String theme,
        OffsetDateTime raisedAt,
        OffsetDateTime pickedUpAt,
        OffsetDateTime feedbackAt) {

    static SignalFact of(Signal s) {
        return new SignalFact(s.kern, s.theme, s.raisedAt, s.pickedUpAt, s.feedbackAt);
    }
}
