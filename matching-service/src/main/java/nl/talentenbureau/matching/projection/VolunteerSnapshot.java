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
        /** the token subject of the volunteer's own account; null when they have none */
        String subject,
        /** how the volunteer wants to be reached: EMAIL or PHONE; older events carry none (see {@link #reach()}) */
        String reachBy) {

    /** The volunteer wants to be reached by e-mail (and can answer offers online). */
    public static final String EMAIL = "EMAIL";
    /** The volunteer wants a phone call (or has no e-mail): a coordinator phones them about an offer. */
    public static final String PHONE = "PHONE";

    /**
     * {@code reachBy} as sent, or for an event without it (or with a value this service does not know): PHONE when
     * the volunteer has no account subject, else EMAIL (the shared contract of the volunteer feed).
     */
    public String reach() {
        if (EMAIL.equals(reachBy) || PHONE.equals(reachBy)) {
            return reachBy;
        }
        return subject == null ? PHONE : EMAIL;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HeldTraining(String code, LocalDate expiresOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Away(LocalDate startsOn, LocalDate endsOn) {
    }
}
