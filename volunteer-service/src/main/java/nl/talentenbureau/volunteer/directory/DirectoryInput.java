package nl.talentenbureau.volunteer.directory;

import java.time.DayOfWeek;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.talentenbureau.volunteer.catalog.CatalogViews;

/**
 * An organisation's directory entry as its coordinator writes it: only the fields a client may set (the alias is the
 * path, the version the ETag). How to reach the organisation is the organisation's own contact, never a person's.
 */
@Schema(name = "DirectoryInput")
public record DirectoryInput(
        @Schema(examples = "Welzijn Stichtse Vecht") @NotBlank @Size(max = 120) String name,
        @Schema(examples = "Welzijnswerk voor alle inwoners: ouderenadvies, mantelzorg, dagbesteding.") @Size(max = 1000) String description,
        @Schema(description = "What the organisation offers, per theme and kern") @NotNull @Size(max = 40) List<@NotNull @Valid Offer> offers,
        @Schema(description = "When it can be reached or visited") @Size(max = 21) List<@NotNull @Valid Opening> openingHours,
        @Schema(description = "A note next to the opening hours", examples = "Huisbezoek op afspraak") @Size(max = 200) String openingNote,
        @Schema(description = "How to reach the organisation (its own contact, not a person's)") @NotNull @Valid Contact contact) {

    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    /** One thing the organisation offers: a theme, where (no kernen: the whole coalition) and in a sentence what. */
    // absent rather than null: the schema has no nulls (the contract fuzz checks answers against it)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DirectoryOffer")
    public record Offer(
            @Schema(description = "Theme code", examples = "health") @NotNull @Size(max = 40) @Pattern(regexp = CatalogViews.CODE_PATTERN) String theme,
            @Schema(description = "Kern codes; empty: the whole coalition", examples = "[\"breukelen\", \"maarssen-dorp\"]") @Size(max = 40) List<@NotNull @Size(max = 60) @Pattern(regexp = CatalogViews.CODE_PATTERN) String> kernen,
            @Schema(examples = "Ouderenadviseur komt op huisbezoek") @Size(max = 300) String summary) {

        List<String> kernCodes() {
            return kernen == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(kernen));
        }
    }

    /** Open on a day from a time until a later time (local time, Europe/Amsterdam). */
    @Schema(name = "DirectoryOpening")
    public record Opening(
            @Schema(examples = "MONDAY") @NotNull DayOfWeek day,
            @Schema(examples = "09:00") @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") String from,
            @Schema(examples = "12:30") @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") String until) {
    }

    /** The organisation's own phone, e-mail, website and address; at least one way to reach it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DirectoryContact")
    public record Contact(
            @Schema(examples = "0346 123 456") @Size(max = 40) @Pattern(regexp = "[+0-9 ()-]{6,40}", message = "must be a phone number") String phone,
            @Schema(examples = "info@welzijn-stichtse-vecht.example") @Size(max = 120) @Email String email,
            @Schema(examples = "https://welzijn-stichtse-vecht.example") @Size(max = 200) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) address") String website,
            @Schema(examples = "Straatweg 12, Breukelen") @Size(max = 200) String addressLine) {

        boolean reachable() {
            return present(phone) || present(email) || present(website) || present(addressLine);
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }
    }

    List<Opening> openings() {
        return openingHours == null ? List.of() : openingHours;
    }
}
