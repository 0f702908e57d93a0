package nl.talentenbureau.request.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.request.requester.RequesterService;
import nl.talentenbureau.request.requester.RequesterView;

/**
 * The requester's personal data around a request: export and erasure on request by the owning organisation's
 * coordinators, and erasure by retention once the request ended long enough ago.
 */
@ApplicationScoped
public class RequesterPrivacy {

    private final RequestRepository requests;
    private final RequesterService requesters;
    private final RequestAccess access;
    private final RequestAnswers answers;
    private final RequestFeed feed;
    private final Event<RequesterErased> requesterErased;

    /** The title of a request whose free text was erased (the column is required). */
    static final String ERASED_TITLE = "(erased)";

    public RequesterPrivacy(RequestRepository requests, RequesterService requesters,
            RequestAccess access, RequestAnswers answers, RequestFeed feed, Event<RequesterErased> erased) {
        this.requests = requests;
        this.requesters = requesters;
        this.access = access;
        this.answers = answers;
        this.feed = feed;
        this.requesterErased = erased;
    }

    /** Export for one requester: coordinators of the owning organisation. */
    public RequestDetails export(Viewer viewer, UUID id) {
        HelpRequest request = access.requesterDataManageable(viewer, requests.findById(id));
        RequesterView requester = requesters.of(request.id)
                .orElseThrow(() -> ProblemException.notFound("requester data of this request"));
        return new RequestDetails(request, requester);
    }

    /** Erasure on request, before the retention period is over. */
    @Transactional
    public void eraseRequester(Viewer viewer, UUID id) {
        HelpRequest request = access.requesterDataManageable(viewer, requests.findById(id));
        if (requesters.of(request.id).isEmpty()) {
            throw ProblemException.notFound("requester data of this request");
        }
        requesters.erase(request.id);
        if (request.erasedAt == null) {
            forget(request);
        }
    }

    /** One page, in id order after {@code after}, of the requests whose requester's data is due for erasure. */
    public List<UUID> dueForErasure(OffsetDateTime endedBefore, OffsetDateTime idleBefore, UUID after, int limit) {
        return requests.dueForErasure(endedBefore, idleBefore, after, limit);
    }

    /**
     * Retention's rule: a request that ended before {@code endedBefore}, or one that never ends by itself (MATCHED,
     * IN_PROGRESS) whose last change and last day of its schedule both lie before {@code idleBefore}.
     */
    static boolean due(HelpRequest request, OffsetDateTime endedBefore, OffsetDateTime idleBefore) {
        if (request.endedAt != null) {
            return request.endedAt.isBefore(endedBefore);
        }
        if (request.status != RequestStatus.MATCHED && request.status != RequestStatus.IN_PROGRESS) {
            return false;
        }
        LocalDate lastDay = request.endsOn != null ? request.endsOn : request.oneOffDate;
        return request.updatedAt.isBefore(idleBefore)
                && (lastDay == null || lastDay.isBefore(idleBefore.toLocalDate()));
    }

    /**
     * Retention: erases the requester's data of these requests in a new transaction of its own, so one batch holds the
     * outbox lock only for its own events. Each request is checked again here: it must still be {@link #due}, and
     * data already erased is left alone.
     *
     * @return how many requests were erased
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int eraseRequestersOf(List<UUID> requestIds, OffsetDateTime endedBefore, OffsetDateTime idleBefore) {
        int erased = 0;
        for (UUID id : requestIds) {
            HelpRequest request = requests.findById(id);
            if (request == null || request.erasedAt != null || !due(request, endedBefore, idleBefore)) {
                continue;
            }
            // also a request without a requester (an organisation's own): its free text goes all the same
            requesters.erase(id);
            forget(request);
            erased++;
        }
        return erased;
    }

    /**
     * Erasure also reaches the request: the pseudonymous key goes (here and in the feed's history, so nothing links the
     * person's requests again) and so does the free text that can name the person (title, description). The feed says
     * so with {@code erasedAt}: consumers erase their copies (matching: the key on its matches, reasons, feedback).
     */
    private void forget(HelpRequest request) {
        request.requesterKey = null;
        request.title = ERASED_TITLE;
        request.description = null;
        request.erasedAt = OffsetDateTime.now();
        request.updatedAt = request.erasedAt;
        // the other copies of the person's data in this service (the signals about them) go in this transaction
        requesterErased.fire(new RequesterErased(request.id));
        feed.forget(request);
        answers.published(null, request, "RequestUpdated");
    }
}
