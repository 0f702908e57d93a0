package nl.talentenbureau.matching.projection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The payload of volunteer-service's volunteer events, as far as matching reads it (this service's own record).
 * No name or contact details: the feed never carries them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolunteerSnapshot(
        UUID id,
        long version,
        String status,
        String homeKern,
        int maxTravelKm,
        List<String> languages,
        Map<String, Integer> talents,
        int availability,
        int capacity,
        LocalDate vogValidUntil,
        List<HeldTraining> trainings,
        List<Away> absences,
        boolean matchingConsent,
        /** the token subject of the volunteer's own account; volunteer-service's feed does not carry it yet */
        String subject) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HeldTraining(String code, LocalDate expiresOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Away(LocalDate startsOn, LocalDate endsOn) {
    }
}
