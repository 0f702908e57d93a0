package nl.talentenbureau.matching.match;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import nl.talentenbureau.matching.projection.RequestEnded;

/**
 * When the request feed says a request was cancelled or expired, its open offers are withdrawn (PROPOSED ->
 * WITHDRAWN, {@code MatchWithdrawn}) and its live matches end (ACCEPTED / ACTIVE -> ENDED, {@code MatchEnded}, the
 * reason saying why), so the volunteers' places are free again and the offers leave their lists. Synchronously, in
 * the transaction that applies the feed page: the projection, the matches and their events commit together or not
 * at all. Idempotent: a match already moved on is left as it is, so the same event applied twice changes nothing.
 */
@ApplicationScoped
public class RequestEndings {

    static final String CANCELLED_REASON = "the request was cancelled";
    static final String EXPIRED_REASON = "the request expired";

    private final MatchRepository matches;
    private final MatchClosings closings;

    public RequestEndings(MatchRepository matches, MatchClosings closings) {
        this.matches = matches;
        this.closings = closings;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onRequestEnded(@Observes RequestEnded ended) {
        List<UUID> open = matches.openOrLiveOf(ended.requestId());
        if (open.isEmpty()) {
            return;
        }
        boolean cancelled = RequestEnded.CANCELLED.equals(ended.status());
        String reason = cancelled ? CANCELLED_REASON : EXPIRED_REASON;
        ClosedBecause because = cancelled ? ClosedBecause.REQUEST_CANCELLED : ClosedBecause.REQUEST_EXPIRED;
        int changed = closings.close(open, MatchSteps::whenRequestEnds, reason, because);
        Log.infof("request %s %s: %d of its offers and matches withdrawn or ended", ended.requestId(),
                ended.status().toLowerCase(), changed);
    }
}
