package nl.talentenbureau.volunteer.privacy;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consent", description = "A consent with the time it was given and, if so, withdrawn")
public record ConsentView(
        ConsentPurpose purpose,
        @Schema(examples = "2026-11-02T10:15:30+01:00") OffsetDateTime givenAt,
        OffsetDateTime withdrawnAt,
        boolean active) {

    static ConsentView of(Consent consent) {
        return new ConsentView(consent.purpose, consent.givenAt, consent.withdrawnAt, consent.active());
    }
}
