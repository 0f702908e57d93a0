package nl.talentenbureau.request.signal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.talentenbureau.request.request.Urgency;

/**
 * A signal as its raiser sends it: only what a client may set. The raiser, their role and organisation, the status
 * and every time come from the service.
 */
@Schema(name = "SignalInput")
public record SignalInput(
        @Schema(description = "Theme code (the catalogue's)", examples = "financial") @NotNull @Size(max = 40) @Pattern(regexp = CODE) String theme,
        @Schema(examples = "NORMAL") @NotNull Urgency urgency,
        @Schema(description = "The organisation of the directory it is referred to (its alias)", examples = "welzijn-stichtse-vecht") @NotNull @Size(max = 80) @Pattern(regexp = CODE) String receivingOrganisation,
        @Schema(description = "What was noticed, in a few sentences; no diagnosis, no case history", examples = "Mevrouw maakt zich zorgen over rekeningen die blijven liggen.") @NotBlank @Size(max = NOTE_MAX) String note,
        @Schema(description = "The senior's help request: a volunteer's live match, or a request of the coordinator's organisation. Required for volunteers", examples = "6f1c7d0e-4a51-4f7e-9a55-0d6b3f8f2a10") UUID requestId,
        @Schema(description = "Kern code; only without a request (with one, the request's kern counts)", examples = "breukelen") @Size(max = 60) @Pattern(regexp = CODE) String kern,
        @Schema(description = "Contact details the senior agreed to share with the receiving organisation; required when it may not see the request") @Valid SharedContact sharedContact,
        @Schema(description = "How and when the senior agreed to share them; required with sharedContact") @Valid Consent consent) {

    static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int NOTE_MAX = 500;

    /** Only what the senior agreed to share: a name and a phone number or an address. */
    // absent rather than null: the schema has no nulls (the contract fuzz checks answers against it)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SignalSharedContact")
    public record SharedContact(
            @Schema(examples = "Mevrouw De Vries") @NotBlank @Size(max = 120) String name,
            @Schema(examples = "0346 765 432") @Size(max = 40) @Pattern(regexp = "[+0-9 ()-]{6,40}", message = "must be a phone number") String phone,
            @Schema(examples = "Kerkstraat 1, Breukelen") @Size(max = 200) String addressLine) {
    }

    /** The senior's consent to share the contact details with the receiving organisation. */
    @Schema(name = "SignalConsent")
    public record Consent(
            @Schema(description = "How the senior said yes", examples = "IN_PERSON") @NotNull Channel channel,
            @Schema(description = "When (default: now)", examples = "2026-12-02T10:15:00+01:00") @PastOrPresent OffsetDateTime givenAt) {
    }

    @Schema(name = "SignalConsentChannel")
    public enum Channel {
        IN_PERSON,
        PHONE,
        PAPER,
        EMAIL
    }
}
