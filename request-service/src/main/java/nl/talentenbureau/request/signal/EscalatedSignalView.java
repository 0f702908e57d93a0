package nl.talentenbureau.request.signal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.talentenbureau.request.request.Urgency;

/**
 * An escalated signal as the coalition's admin sees it: which organisation did not pick up what in time and where it
 * stands now. Ids and codes only: no note, no reference, no raiser, no kern.
 */
// absent rather than null: the schema has no nulls (the contract fuzz checks answers against it)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EscalatedSignal")
public record EscalatedSignalView(
        @Schema(examples = "0b7d9a55-3c1e-4a8f-9b2d-6e4f1a2c3d4e") UUID id,
        @Schema(examples = "welzijn-stichtse-vecht") String receivingOrganisation,
        @Schema(examples = "HIGH") Urgency urgency,
        @Schema(examples = "RAISED") SignalStatus status,
        @Schema(examples = "2026-12-02T10:15:00+01:00") OffsetDateTime raisedAt,
        @Schema(examples = "2026-12-05T10:20:00+01:00") OffsetDateTime escalatedAt,
        @Schema(examples = "2026-12-02T14:30:00+01:00") OffsetDateTime pickedUpAt) {

    static EscalatedSignalView of(Signal s) {
        return new EscalatedSignalView(s.id, s.receivingOrganisation, s.urgency, s.status, s.raisedAt, s.escalatedAt,
                s.pickedUpAt);
    }
}
