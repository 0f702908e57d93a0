package nl.talentenbureau.request.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /**
     * Locks up to {@code limit} webhooks that have a due delivery and no attempt in flight (their lease has ended),
     * least recently served first, skipping rows another instance is claiming. A webhook another instance claimed
     * meanwhile is re-checked on its committed row, so it is never claimed twice (one attempt per receiver).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockIdleReceivers(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("""
                select w.id from webhook w
                where (w.busy_until is null or w.busy_until <= ?1)
                  and exists (select 1 from webhook_delivery d
                              where d.webhook_id = w.id and d.status = 'PENDING' and d.next_attempt_at <= ?1)
                order by w.busy_until nulls first, w.id
                limit ?2
                for update of w skip locked""", UUID.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    /** The webhook's oldest due delivery, locked. */
    @SuppressWarnings("unchecked")
    public Optional<UUID> lockOldestDue(UUID webhookId, OffsetDateTime now) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                select id from webhook_delivery
                where webhook_id = ?1 and status = 'PENDING' and next_attempt_at <= ?2
                order by next_attempt_at, created_at limit 1
                for update skip locked""", UUID.class)
                .setParameter(1, webhookId)
                .setParameter(2, now)
                .getResultList();
        return ids.stream().findFirst();
    }

    public List<WebhookAttempt> attemptsOf(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery(
                "from WebhookAttempt a where a.deliveryId in :ids order by a.deliveryId, a.attempt",
                WebhookAttempt.class).setParameter("ids", deliveryIds).getResultList();
    }

    public void addAttempt(WebhookAttempt attempt) {
        getEntityManager().persist(attempt);
    }
}
