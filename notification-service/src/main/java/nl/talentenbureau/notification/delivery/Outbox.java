package nl.talentenbureau.notification.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.notification.rules.Kind;
import nl.talentenbureau.notification.rules.Planned;

/**
 * Where the rules' decisions go: one delivery row per key, in the caller's transaction (the feed follower's page, the
 * daily check). A key that is there already is passed over, so nothing is recorded twice.
 */
@ApplicationScoped
public class Outbox {

    private final DeliveryRepository deliveries;
    private final ObjectMapper json;

    public Outbox(DeliveryRepository deliveries, ObjectMapper json) {
        this.deliveries = deliveries;
        this.json = json;
    }

    /** @return how many rows were new */
    @Transactional
    public int record(List<Planned> planned, Instant now) {
        int inserted = 0;
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        for (Planned p : planned) {
            if (deliveries.insertOnce(p.key(), p.kind().name(), p.audience().name(), p.recipient(), p.organisation(),
                    p.matchId(), write(p), p.dueAt().atOffset(ZoneOffset.UTC), at)) {
                inserted++;
            }
        }
        return inserted;
    }

    /** The offer is no longer open: its offer mail and reminder that did not go yet are skipped, with the reason. */
    @Transactional
    public int callOffOpenOfferMessages(UUID matchId, String status, Instant now) {
        List<Delivery> pending = deliveries.pendingOfMatch(matchId,
                List.of(Kind.OFFER_NEW.name(), Kind.OFFER_REMINDER.name()));
        for (Delivery delivery : pending) {
            delivery.status = DeliveryStatus.SKIPPED;
            delivery.skipReason = "offer no longer open (" + status + ")";
            delivery.facts = null;
            delivery.updatedAt = now.atOffset(ZoneOffset.UTC);
        }
        return pending.size();
    }

    /** Erasure of a volunteer: every row of theirs not yet delivered goes. */
    @Transactional
    public long forgetVolunteer(UUID volunteerId) {
        return deliveries.deletePendingOf(volunteerId.toString());
    }

    private String write(Planned planned) {
        try {
            return json.writeValueAsString(planned.facts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the facts of " + planned.kind(), e);
        }
    }
}
