package nl.talentenbureau.request.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.platform.feed.OutboxWriter;

/**
 * Writes signal events to the outbox: {@code SignalRaised}, {@code SignalPickedUp}, {@code SignalFeedbackGiven},
 * {@code SignalClosed}, {@code SignalEscalated}. Their type does not start with {@code Request}, and consumers of the
 * requests read {@code aggregateType=request} (or pass over other types), so they never mistake one for a request.
 */
@ApplicationScoped
public class SignalFeed {

    public static final String AGGREGATE = "signal";
    public static final String ESCALATED = "SignalEscalated";

    private final OutboxWriter outbox;

    public SignalFeed(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** The last write of its transaction (the version is the one the commit stores). */
    @Transactional(Transactional.TxType.MANDATORY)
    void publish(Signal signal, String eventType) {
        outbox.append(AGGREGATE, signal.id, eventType, () -> SignalEvent.of(signal));
    }
}
