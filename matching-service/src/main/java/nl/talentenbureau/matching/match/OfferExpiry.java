package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.matching.match.MatchSteps.Step;

/** Moves unanswered offers past their deadline to EXPIRED every {@code matching.offers.expiry-check}. */
@ApplicationScoped
public class OfferExpiry {

    /** Offers expired per transaction batch of the expiry job. */
    static final int EXPIRY_BATCH = 200;

    private final MatchRepository matches;
    private final MatchTransitions transitions;
    private final MatchProposer proposer;

    public OfferExpiry(MatchRepository matches, MatchTransitions transitions, MatchProposer proposer) {
        this.matches = matches;
        this.transitions = transitions;
        this.proposer = proposer;
    }

    @Scheduled(every = "${matching.offers.expiry-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "offer-expiry")
    void expire() {
        int expired = expireDue();
        if (expired > 0) {
            Log.infof("offer expiry: %d offers expired", expired);
        }
    }

    /**
     * Moves every PROPOSED offer past its answer deadline to EXPIRED, one transaction per offer (with an auto-offer
     * where the request asks for it). The scheduled job calls this; so do the tests.
     *
     * @return how many offers expired
     */
    public int expireDue() {
        int expired = 0;
        while (true) {
            OffsetDateTime now = MatchTransitions.now();
            List<UUID> due = QuarkusTransaction.requiringNew().call(() -> matches.dueOffers(now, EXPIRY_BATCH));
            int before = expired;
            for (UUID id : due) {
                if (QuarkusTransaction.requiringNew().call(() -> expire(id, now))) {
                    expired++;
                }
            }
            if (due.size() < EXPIRY_BATCH || expired == before) {
                return expired;
            }
        }
    }

    /** Under the lock the volunteer may have answered in the meantime: then nothing changes. */
    private boolean expire(UUID id, OffsetDateTime now) {
        Optional<Match> expired = transitions.stepIfAllowed(id, now,
                match -> match.answerDeadline.isAfter(now) ? Optional.empty() : Optional.of(Step.EXPIRE),
                MatchTransitions.Change.NONE);
        expired.ifPresent(match -> proposer.autoOffer(match, now));
        return expired.isPresent();
    }
}
