package nl.talentenbureau.matching.match;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/** Moves unanswered offers past their deadline to EXPIRED every {@code matching.offers.expiry-check}. */
@ApplicationScoped
public class OfferExpiry {

    private final MatchService matches;

    public OfferExpiry(MatchService matches) {
        this.matches = matches;
    }

    @Scheduled(every = "${matching.offers.expiry-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "offer-expiry")
    void expire() {
        int expired = matches.expireDue();
        if (expired > 0) {
            Log.infof("offer expiry: %d offers expired", expired);
        }
    }
}
