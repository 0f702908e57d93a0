package nl.talentenbureau.request.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /**
     * Locks up to {@code limit} due deliveries, skipping rows another instance holds, so each is posted by one
     * dispatcher at a time.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDue(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("""
                select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= ?1
                order by next_attempt_at limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
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
