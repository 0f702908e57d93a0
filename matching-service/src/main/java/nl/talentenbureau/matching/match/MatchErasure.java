package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.matching.projection.RequestErased;
import nl.talentenbureau.matching.projection.VolunteerMatchesChanged;

/**
 * What matches hold that can name a person, erased when the requester is erased and by retention:
 * <ul>
 * <li>request-service erased a request's requester (the feed's {@code erasedAt}): the request's matches forget the
 * requester's key, so continuity links no later request to them, and their reasons and feedback comments; in the
 * transaction that applies the feed page, idempotent;</li>
 * <li>{@code matching.retention.erase-after} after a match closed: its reasons and feedback comments.</li>
 * </ul>
 * Match events never carried any of this (see {@link MatchEvent}), so the feed has nothing to blank.
 */
@ApplicationScoped
public class MatchErasure {

    private final MatchRepository matches;
    private final MatchingConfig config;
    private final Event<VolunteerMatchesChanged> changed;

    public MatchErasure(MatchRepository matches, MatchingConfig config, Event<VolunteerMatchesChanged> changed) {
        this.matches = matches;
        this.config = config;
        this.changed = changed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onRequestErased(@Observes RequestErased erased) {
        // the index keeps the requesters each volunteer helped: read them again once this commits
        for (UUID volunteer : new LinkedHashSet<>(matches.forgetRequester(erased.requestId()))) {
            changed.fire(new VolunteerMatchesChanged(volunteer));
        }
    }

    @Scheduled(every = "${matching.retention.every}", delayed = "${matching.retention.delayed}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        eraseFreeText(OffsetDateTime.now());
    }

    /** Blanks the free text of matches closed before {@code now} minus the retention period. */
    @Transactional
    public int eraseFreeText(OffsetDateTime now) {
        int erased = matches.blankFreeTextClosedBefore(now.minus(config.retention().eraseAfter()));
        if (erased > 0) {
            Log.infof("retention: blanked the free text of %d matches and feedbacks", erased);
        }
        return erased;
    }
}
