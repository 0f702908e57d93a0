package nl.talentenbureau.volunteer.privacy;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a consent as the volunteer sees it: what, through which channel, recorded by whom, when. */
@Schema(name = "ConsentChange", description = "One change of a consent: given or withdrawn, how and by whom it was recorded")
public record ConsentChangeView(
        @Schema(examples = "MATCHING") ConsentPurpose purpose,
        @Schema(examples = "WITHDRAWN") ConsentChange.Action action,
        @Schema(description = "SELF: you, signed in; PAPER, PHONE, IN_PERSON: a coordinator recorded what you told them; UNRECORDED: from before channels were recorded", examples = "PHONE") ConsentChannel channel,
        @Schema(description = "VOLUNTEER (you) or COORDINATOR; UNRECORDED before this was kept", examples = "COORDINATOR") ConsentActor.Role recordedBy,
        @Schema(description = "The recording coordinator's organisation; null when you did it yourself", examples = "welzijn-stichtse-vecht", nullable = true) String organisation,
        @Schema(examples = "2026-11-02T10:15:30+01:00") OffsetDateTime at) {

    static ConsentChangeView of(ConsentChange change) {
        return new ConsentChangeView(change.purpose, change.action, change.channel, change.actorRole,
                change.actorOrganisation, change.recordedAt);
    }
}
