package nl.talentenbureau.notification.feeds;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.talentenbureau.notification.followed.RequestFacts;

/**
 * The parts of the three feeds' payloads this service reads. Unknown fields are ignored (producers add some), and so
 * are fields it must not keep (a request's title and description, the requester key: never read).
 */
final class Payloads {

    private Payloads() {
    }

    /** matching-service's MatchEvent; answerDeadline, automatic and answerChannel are optional. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MatchPayload(UUID matchId, Long version, UUID requestId, UUID volunteerId, String volunteerSubject,
            String organisation, String status, OffsetDateTime at, OffsetDateTime answerDeadline, Boolean automatic,
            String answerChannel) {
    }

    /** volunteer-service's VolunteerSnapshot (reachBy since issue 11) or its Erased form ({id} only). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VolunteerPayload(UUID id, Long version, String subject, String status, List<String> organisations,
            LocalDate vogValidUntil, List<Training> trainings, String reachBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Training(String code, LocalDate expiresOn) {
    }

    /** request-service's RequestSnapshot: what, where, when, status. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RequestPayload(UUID id, Long version, String status, String organisation, String theme, String kern,
            RequestFacts.Schedule schedule, String urgency, LocalDate dueDate) {
    }
}
