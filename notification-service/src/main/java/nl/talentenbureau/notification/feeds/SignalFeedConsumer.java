package nl.talentenbureau.notification.feeds;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.notification.delivery.Outbox;
import nl.talentenbureau.notification.rules.DeliveryKey;
import nl.talentenbureau.notification.rules.Kind;
import nl.talentenbureau.notification.rules.Planned;
import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;

/**
 * Follows the signal events of request-service's feed (aggregate type {@code signal}, issue 16): an escalated signal
 * (nobody of the receiving organisation picked it up in time) becomes a reminder to that organisation's subscribed
 * coordinators. The events carry ids and codes only; so does the message.
 */
@ApplicationScoped
public class SignalFeedConsumer implements FeedConsumer {

    public static final String FEED = "signals";
    static final String ESCALATED = "SignalEscalated";

    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public SignalFeedConsumer(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("signal");
    }

    @Override
    public void apply(FollowedEvent event) {
        if (!ESCALATED.equals(event.type())) {
            return;
        }
        SignalPayload s = event.payloadAs(json, SignalPayload.class,
                p -> p.id() != null && p.receivingOrganisation() != null);
        Instant now = clock.instant();
        String recipient = DeliveryKey.organisation(s.receivingOrganisation());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("signalId", s.id().toString());
        facts.put("theme", s.theme());
        facts.put("urgency", s.urgency());
        facts.put("raisedAt", s.raisedAt() == null ? null : s.raisedAt().toString());
        facts.put("receivingOrganisation", s.receivingOrganisation());
        // the receiving organisation is reminded, the coalition's admins are told (the escalation itself)
        outbox.record(List.of(
                new Planned(DeliveryKey.signalEscalated(s.id(), recipient), Kind.SIGNAL_ESCALATED,
                        s.receivingOrganisation(), s.receivingOrganisation(), null, now, facts),
                new Planned(DeliveryKey.signalEscalated(s.id(), DeliveryKey.ADMINS), Kind.SIGNAL_ESCALATED_ADMIN,
                        DeliveryKey.ADMINS, null, null, now, facts)),
                now);
    }

    /** request-service's SignalEvent: ids, codes and times. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SignalPayload(UUID id, Long version, String status, String theme, String urgency,
            String receivingOrganisation, OffsetDateTime raisedAt) {
    }
}
