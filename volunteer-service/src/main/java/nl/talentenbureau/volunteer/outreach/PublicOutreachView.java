package nl.talentenbureau.volunteer.outreach;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An upcoming event as the coalition's websites show it, to anyone: nothing about who signed up. */
@Schema(name = "PublicOutreachEvent")
public record PublicOutreachView(
        @Schema(examples = "3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60") UUID id,
        @Schema(examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(examples = "Koffieochtend: vrijwilligerswerk na je pensioen") String title,
        @Schema(examples = "Kom kennismaken met vrijwilligers uit Breukelen, met koffie en gebak.") String description,
        @Schema(examples = "2027-03-09") LocalDate heldOn,
        @Schema(examples = "10:00") String startsAt,
        @Schema(examples = "breukelen") String kern,
        @Schema(examples = "Bibliotheek Breukelen, Kerkbrink 1") String place,
        @Schema(examples = "30") int places,
        @Schema(description = "Places still free", examples = "18") long free) {

    static PublicOutreachView of(OutreachEvent event, long taken) {
        return new PublicOutreachView(event.id, event.organisation, event.title, event.description, event.heldOn,
                event.startsAt.toString(), event.kern, event.place, event.places, Math.max(0, event.places - taken));
    }
}
