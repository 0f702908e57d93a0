package nl.talentenbureau.matching.suggestion;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A training session as volunteer-service's {@code GET /api/training-sessions} answers it (this service's record). */
@JsonIgnoreProperties(ignoreUnknown = true)
record SessionRow(UUID id, String training, LocalDate heldOn, String startsAt, String endsAt, String kern,
        String place, String organisation, int places, String status, int enrolled, int waiting, int free) {

    static final String SCHEDULED = "SCHEDULED";
}
