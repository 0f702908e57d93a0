package nl.talentenbureau.request.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The payload of every request event: what the matching service needs to keep its projection. Never the
 * requester's personal data, and not the free-text description either.
 */
public record RequestSnapshot(
        UUID id,
        long version,
        RequestStatus status,
        String organisation,
        RequesterKind requesterKind,
        String title,
        String theme,
        String kern,
        List<TalentRequirement> talents,
        List<String> languages,
        boolean languageRequired,
        boolean vogRequired,
        List<String> trainings,
        int volunteersNeeded,
        Schedule schedule,
        Urgency urgency,
        LocalDate dueDate,
        OffsetDateTime createdAt,
        OffsetDateTime endedAt,
        /**
         * pseudonymous key of the requester: the same for every request of the same person, null without a requester
         * or after erasure (random, see RequesterKeys)
         */
        String requesterKey,
        /**
         * set once the requester's data and the request's free text were erased: consumers erase what they hold of
         * it too (matching: the key on its matches, reasons and feedback)
         */
        OffsetDateTime erasedAt,
        /** matching-service offers the next candidate by itself when an offer is declined or expires */
        boolean autoOfferNext) {

    public static RequestSnapshot of(HelpRequest r) {
        return new RequestSnapshot(r.id, r.version, r.status, r.organisation, r.requesterKind, r.title, r.theme,
                r.kern, RequestView.talentsOf(r), List.copyOf(r.languages), r.languageRequired, r.vogRequired,
                List.copyOf(r.trainings), r.volunteersNeeded, RequestView.scheduleOf(r), r.urgency, r.dueDate,
                r.createdAt, r.endedAt, r.requesterKey, r.erasedAt, r.autoOfferNext);
    }
}
