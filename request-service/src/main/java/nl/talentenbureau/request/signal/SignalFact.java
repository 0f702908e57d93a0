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
        @Schema(examples = "2026-12-02T10:15:00+01:00") OffsetDateTime raisedAt,
        @Schema(examples = "2026-12-02T14:30:00+01:00") OffsetDateTime pickedUpAt,
        @Schema(examples = "2026-12-04T09:00:00+01:00") OffsetDateTime feedbackAt) {

    static SignalFact of(Signal s) {
        return new SignalFact(s.kern, s.theme, s.raisedAt, s.pickedUpAt, s.feedbackAt);
    }
}
