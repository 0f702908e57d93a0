package nl.talentenbureau.volunteer.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The payload of every volunteer event: the whole state the matching service needs, so a consumer can upsert
 * from any single event. No name, e-mail or phone, ever.
 */
public record VolunteerSnapshot(
        UUID id,
        long version,
        /** the volunteer's own account (token subject), so matching can show them their offers; null if none */
        String subject,
        VolunteerStatus status,
        String homeKern,
        int maxTravelKm,
        List<String> languages,
        Map<String, Integer> talents,
        /** the 21 slots as bits, Monday morning = bit 0 */
        int availability,
        int capacity,
        List<String> themes,
        List<String> organisations,
        Integer birthYear,
        LocalDate vogValidUntil,
        List<HeldTraining> trainings,
        List<Away> absences,
        boolean matchingConsent,
        /**
         * EMAIL when the volunteer has an e-mail address and prefers e-mail, else PHONE (a coordinator calls); older
         * events lack it
         */
        ReachBy reachBy) {

    public record HeldTraining(String code, LocalDate expiresOn) {
    }

    public record Away(LocalDate startsOn, LocalDate endsOn) {
    }

    /** What an erasure event carries: only the id to purge. */
    public record Erased(UUID id) {
    }
}
