package nl.talentenbureau.volunteer.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as its organisation's coordinators (and admins) see it: numbers of sign-ups, never who. */
@Schema(name = "OutreachEvent")
public record OutreachView(
        @Schema(examples = "3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60") UUID id,
        @Schema(examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(examples = "Koffieochtend: vrijwilligerswerk na je pensioen") String title,
        @Schema(examples = "Kom kennismaken met vrijwilligers uit Breukelen, met koffie en gebak.") String description,
        @Schema(examples = "2027-03-09") LocalDate heldOn,
        @Schema(examples = "10:00") String startsAt,
        @Schema(examples = "breukelen") String kern,
        @Schema(examples = "Bibliotheek Breukelen, Kerkbrink 1") String place,
        @Schema(examples = "30") int places,
        @Schema(description = "Sign-ups holding a place (confirmed or not yet)", examples = "12") long taken,
        @Schema(examples = "18") long free,
        @Schema(description = "When those who showed interest were invited to apply; null: not yet", examples = "2027-03-10T09:00:00Z") OffsetDateTime invitedAt,
        @Schema(examples = "1") long version) {

    static OutreachView of(OutreachEvent event, long taken) {
        return new OutreachView(event.id, event.organisation, event.title, event.description, event.heldOn,
                event.startsAt.toString(), event.kern, event.place, event.places, taken,
                Math.max(0, event.places - taken), event.invitedAt, event.version);
    }
}
