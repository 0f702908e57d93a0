package nl.talentenbureau.request.request;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.platform.feed.OutboxWriter;

/** Writes request events to the outbox, each carrying a full {@link RequestSnapshot}. */
@ApplicationScoped
public class RequestFeed {

    static final String AGGREGATE = "request";

    private final OutboxWriter outbox;

    public RequestFeed(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** Must be the last write of the transaction: see {@link OutboxWriter} on the ordering lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(HelpRequest request, String eventType) {
        outbox.append(AGGREGATE, request.id, eventType, () -> RequestSnapshot.of(request));
    }

    /**
     * Erasure: the events already written for this request forget the requester's key and the title (free text that
     * can name the person); the steps and versions stay. Before {@link #publish}, which must stay the last write.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(HelpRequest request) {
        Map<String, Object> blanked = new HashMap<>();
        blanked.put("requesterKey", null);
        blanked.put("title", request.title);
        outbox.blank(AGGREGATE, request.id, blanked);
    }

    /** RequestMatched, RequestInProgress, RequestCompleted, RequestCancelled, RequestExpired, RequestReopened. */
    static String eventFor(RequestStatus status) {
        return switch (status) {
            case OPEN -> "RequestReopened";
            case MATCHED -> "RequestMatched";
            case IN_PROGRESS -> "RequestInProgress";
            case COMPLETED -> "RequestCompleted";
            case CANCELLED -> "RequestCancelled";
            case EXPIRED -> "RequestExpired";
        };
    }
}
