package nl.talentenbureau.notification.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.notification.NotificationConfig;
import nl.talentenbureau.notification.delivery.Outbox;
import nl.talentenbureau.notification.rules.RecruitmentRules;
import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;

/**
 * Follows volunteer-service's feed for applications and event sign-ups (a cursor of its own, feed
 * {@value #FEED}): each step becomes one mail to the applicant through {@link RecruitmentRules}, in the page's
 * transaction. The events carry ids only; nothing about the person is kept here, not even a copy of the step.
 */
@ApplicationScoped
public class RecruitmentFeedConsumer implements FeedConsumer {

    public static final String FEED = "recruitment";

    private final Outbox outbox;
    private final RecruitmentRules rules;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public RecruitmentFeedConsumer(Outbox outbox, NotificationConfig config, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
        this.rules = new RecruitmentRules(config.events().maxAge());
    }

    /** The payload of both aggregates: the id, and an application's version. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ids(UUID id, Long version) {
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("application", "outreach-signup");
    }

    @Override
    public void apply(FollowedEvent event) {
        if (RecruitmentRules.kindOf(event.type()).isEmpty()) {
            return;
        }
        Ids ids = event.payloadAs(json, Ids.class,
                i -> i.id() != null && (i.version() != null || !"application".equals(event.aggregateType())));
        Instant now = clock.instant();
        outbox.record(rules.plan(event.aggregateType(), event.type(), ids.id(),
                "application".equals(event.aggregateType()) ? ids.version() : null,
                event.occurredAt() == null ? null : event.occurredAt().toInstant(), now), now);
    }
}
