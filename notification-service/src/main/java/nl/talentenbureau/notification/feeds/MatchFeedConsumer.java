package nl.talentenbureau.notification.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.notification.NotificationConfig;
import nl.talentenbureau.notification.delivery.Outbox;
import nl.talentenbureau.notification.followed.Followed;
import nl.talentenbureau.notification.followed.MatchState;
import nl.talentenbureau.notification.rules.MatchChange;
import nl.talentenbureau.notification.rules.MatchRules;
import nl.talentenbureau.notification.rules.Planned;
import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;

/**
 * Follows matching-service's feed: a match event newer than the stored version goes through {@link MatchRules} and
 * its messages into the delivery outbox, in the transaction of its page (platform's follower). An event applied again
 * finds its version stored and does nothing; the outbox's unique keys hold even if it did.
 */
@ApplicationScoped
public class MatchFeedConsumer implements FeedConsumer {

    public static final String FEED = "matching";

    private static final Set<String> KNOWN = Set.of("MatchProposed", "MatchAccepted", "MatchDeclined",
            "MatchExpired", "MatchWithdrawn", "MatchActivated", "MatchCompleted", "MatchEnded");

    private final Followed followed;
    private final Outbox outbox;
    private final MatchRules rules;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public MatchFeedConsumer(Followed followed, Outbox outbox, NotificationConfig config, ObjectMapper json) {
        this.followed = followed;
        this.outbox = outbox;
        this.json = json;
        this.rules = new MatchRules(config.reminder().before(), config.events().maxAge());
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("match");
    }

    @Override
    public void apply(FollowedEvent event) {
        if (event.type() == null || !KNOWN.contains(event.type())) {
            return;
        }
        Payloads.MatchPayload m = read(event);
        MatchState state = new MatchState(m.matchId(), m.version(), m.requestId(), m.volunteerId(), m.organisation(),
                m.status(), m.answerDeadline());
        if (!followed.followMatch(state)) {
            return;
        }
        Instant now = clock.instant();
        MatchChange change = new MatchChange(event.type(), m.matchId(), m.version(), m.requestId(), m.volunteerId(),
                m.organisation(), m.status(), m.at() == null ? null : m.at().toInstant(),
                m.answerDeadline() == null ? null : m.answerDeadline().toInstant(),
                Boolean.TRUE.equals(m.automatic()), m.answerChannel());
        if (MatchRules.closesTheOffer(change)) {
            outbox.callOffOpenOfferMessages(m.matchId(), m.status(), now);
        }
        List<Planned> planned = rules.plan(change, now);
        outbox.record(planned, now);
    }

    private Payloads.MatchPayload read(FollowedEvent event) {
        return event.payloadAs(json, Payloads.MatchPayload.class, m -> m.matchId() != null && m.version() != null
                && m.status() != null && m.organisation() != null);
    }
}
