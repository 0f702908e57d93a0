package nl.talentenbureau.request.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.request.requester.RequesterService;

/**
 * What a caller gets back about a request (with the requester's data only when {@link RequestAccess} says so), and
 * the end every change shares: read back what is about to commit, then write the event as the last write.
 */
@ApplicationScoped
public class RequestAnswers {

    private final RequestRepository requests;
    private final RequesterService requesters;
    private final RequestFeed feed;
    private final RequestAccess access;

    public RequestAnswers(RequestRepository requests, RequesterService requesters, RequestFeed feed,
            RequestAccess access) {
        this.requests = requests;
        this.requesters = requesters;
        this.feed = feed;
        this.access = access;
    }

    public RequestDetails of(Viewer viewer, HelpRequest request) {
        return new RequestDetails(request,
                access.seesRequester(viewer, request) ? requesters.of(request.id).orElse(null) : null);
    }

    /**
     * Flushes, builds the answer for {@code viewer} (none for a job or the feed: null), then appends the event; the
     * outbox insert must be the last write (see {@code OutboxWriter}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RequestDetails published(Viewer viewer, HelpRequest request, String eventType) {
        requests.flush();
        RequestDetails details = viewer == null ? new RequestDetails(request, null) : of(viewer, request);
        feed.publish(request, eventType);
        return details;
    }
}
