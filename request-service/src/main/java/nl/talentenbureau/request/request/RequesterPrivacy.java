package nl.talentenbureau.request.request;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
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

    public RequesterPrivacy(RequestRepository requests, RequesterService requesters,
            RequestAccess access, RequestAnswers answers) {
        this.requests = requests;
        this.requesters = requesters;
        this.access = access;
        this.answers = answers;
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
        forgetRequesterKey(request);
    }

    /** One page, in id order after {@code after}, of the requests that ended before {@code cutoff}. */
    public List<UUID> endedBefore(OffsetDateTime cutoff, UUID after, int limit) {
        return requests.endedBefore(cutoff, after, limit);
    }

    /**
     * Retention: erases the requester's data of these requests in a new transaction of its own, so one batch holds the
     * outbox lock only for its own events. Each request is checked again here: it must still have ended before
     * {@code cutoff}, and data already erased is left alone.
     *
     * @return how many requesters were erased
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int eraseRequestersOf(List<UUID> requestIds, OffsetDateTime cutoff) {
        int erased = 0;
        for (UUID id : requestIds) {
            HelpRequest request = requests.findById(id);
            if (request == null || request.endedAt == null || !request.endedAt.isBefore(cutoff)) {
                continue;
            }
            if (requesters.erase(id)) {
                forgetRequesterKey(request);
                erased++;
            }
        }
        return erased;
    }

    /**
     * Erasure also drops the pseudonymous key, and the feed says so: a consumer then forgets which requests were of
     * the same person. The event carries no personal data, so it is written like any other change.
     */
    private void forgetRequesterKey(HelpRequest request) {
        if (request.requesterKey == null) {
            return;
        }
        request.requesterKey = null;
        request.updatedAt = OffsetDateTime.now();
        answers.published(null, request, "RequestUpdated");
    }
}
