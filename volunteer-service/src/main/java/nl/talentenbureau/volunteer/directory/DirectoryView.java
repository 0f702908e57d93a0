package nl.talentenbureau.volunteer.directory;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An organisation as the directory shows it, to anyone: what it offers where, when it is open, how to reach it. No
 * person, no version (the ETag carries it).
 */
// absent rather than null: the schema has no nulls (the contract fuzz checks answers against it)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DirectoryEntry")
public record DirectoryView(
        @Schema(description = "The organisation's alias (the realm's)", examples = "welzijn-stichtse-vecht") String alias,
        @Schema(examples = "Welzijn Stichtse Vecht") String name,
        @Schema(examples = "Welzijnswerk voor alle inwoners: ouderenadvies, mantelzorg, dagbesteding.") String description,
        List<DirectoryInput.Offer> offers,
        List<DirectoryInput.Opening> openingHours,
        @Schema(examples = "Huisbezoek op afspraak") String openingNote,
        DirectoryInput.Contact contact,
        @Schema(description = "The day it was last changed", examples = "2026-12-02") LocalDate updatedOn) {
}
