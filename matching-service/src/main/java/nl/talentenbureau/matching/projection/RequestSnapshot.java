package nl.talentenbureau.matching.projection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The payload of request-service's request events, as far as matching reads it (this service's own record).
 * Never the requester's personal data: the feed does not carry it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestSnapshot(
        UUID id,
        long version,
        String status,
        String organisation,
        String kern,
        List<Talent> talents,
        List<String> languages,
        boolean languageRequired,
        boolean vogRequired,
        List<String> trainings,
        int volunteersNeeded,
        Schedule schedule,
        /** pseudonymous key of the requester (continuity); null until request-service's feed carries it */
        String requesterKey,
        /** set once request-service erased the requester's data and the request's free text: forget ours too */
        OffsetDateTime erasedAt,
        /** propose the next best candidate automatically when an offer is declined or expires */
        boolean autoOfferNext) {

    public static final String OPEN = "OPEN";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Talent(String code, Integer minLevel) {
    }

    /** ONE_OFF: {@code date} and {@code dayParts}; RECURRING: weekly {@code slots} (MON_MORNING ... SUN_EVENING). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Schedule(String type, LocalDate date, List<String> dayParts, List<String> slots) {
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    public boolean ended() {
        return "COMPLETED".equals(status) || "CANCELLED".equals(status) || "EXPIRED".equals(status);
    }
}
