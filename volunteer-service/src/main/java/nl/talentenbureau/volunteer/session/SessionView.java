package nl.talentenbureau.volunteer.session;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as everyone signed in may read it: no names, only how many places are taken and how many wait. */
@Schema(name = "TrainingSession")
public record SessionView(
        @Schema(examples = "5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18") UUID id,
        @Schema(examples = "dementia-basics") String training,
        @Schema(examples = "2027-02-16") LocalDate heldOn,
        @Schema(examples = "09:30") String startsAt,
        @Schema(examples = "12:00") String endsAt,
        @Schema(examples = "breukelen") String kern,
        @Schema(examples = "Dorpshuis De Boei, Kerkplein 1") String place,
        @Schema(examples = "Alzheimer Nederland, afdeling Utrecht") String trainer,
        @Schema(description = "The organisation that gives it and manages it", examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(examples = "12") int places,
        @Schema(examples = "SCHEDULED") SessionStatus status,
        @Schema(description = "Places taken", examples = "12") int enrolled,
        @Schema(description = "On the waiting list", examples = "3") int waiting,
        @Schema(examples = "0") int free,
        @Schema(examples = "1") long version) {

    static SessionView of(TrainingSession session, Roster roster) {
        return new SessionView(session.id, session.trainingCode, session.heldOn, session.startsAt.toString(),
                session.endsAt.toString(), session.kern, session.place, session.trainer, session.organisation,
                session.places, session.status, roster.enrolled(), roster.waiting().size(), roster.free(),
                session.version);
    }
}
