package nl.talentenbureau.notification.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import nl.talentenbureau.notification.rules.Audience;
import nl.talentenbureau.notification.rules.DeliveryKey;
import nl.talentenbureau.platform.http.PageView;

/** The delivery rows' steps, each its own short transaction (no transaction is open while a mail goes out). */
@ApplicationScoped
public class Deliveries {

    private final DeliveryRepository repository;

    public Deliveries(DeliveryRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public List<Long> claim(Instant now, java.time.Duration lease, int limit) {
        return repository.claimDue(utc(now), utc(now.plus(lease)), limit);
    }

    /** A detached copy of one row. */
    @Transactional
    public Optional<Delivery> load(long id) {
        Delivery delivery = repository.findById(id);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return Optional.empty();
        }
        repository.getEntityManager().detach(delivery);
        return Optional.of(delivery);
    }

    @Transactional
    public void sent(long id, Instant now) {
        Delivery delivery = repository.findById(id);
        delivery.status = DeliveryStatus.SENT;
        delivery.attempts++;
        delivery.sentAt = utc(now);
        done(delivery, now);
    }

    @Transactional
    public void skipped(long id, String reason, Instant now) {
        Delivery delivery = repository.findById(id);
        delivery.status = DeliveryStatus.SKIPPED;
        delivery.skipReason = reason;
        done(delivery, now);
    }

    /** Quiet hours: the same row, due later; not an attempt. */
    @Transactional
    public void postponed(long id, Instant until, Instant now) {
        Delivery delivery = repository.findById(id);
        delivery.dueAt = utc(until);
        delivery.claimedUntil = null;
        delivery.updatedAt = utc(now);
    }

    /** A failed attempt: due again after the backoff, or FAILED (kept) after the last allowed attempt. */
    @Transactional
    public DeliveryStatus failed(long id, String error, Instant retryAt, int maxAttempts, Instant now) {
        Delivery delivery = repository.findById(id);
        delivery.attempts++;
        delivery.lastError = error;
        delivery.claimedUntil = null;
        delivery.updatedAt = utc(now);
        if (delivery.attempts >= maxAttempts) {
            delivery.status = DeliveryStatus.FAILED;
        } else {
            delivery.dueAt = utc(retryAt);
        }
        return delivery.status;
    }

    /**
     * A message to an organisation's coordinators becomes one row per coordinator (each its own key, so each is sent
     * once); the organisation's row is EXPANDED. In one transaction: a crash leaves either both or neither.
     */
    @Transactional
    public int expand(long id, List<String> coordinatorIds, Instant now) {
        Delivery parent = repository.findById(id);
        if (coordinatorIds.isEmpty()) {
            parent.status = DeliveryStatus.SKIPPED;
            parent.skipReason = parent.audience == Audience.ADMINS
                    ? "no admin found in the realm"
                    : "no coordinators found for the organisation";
            done(parent, now);
            return 0;
        }
        int inserted = 0;
        for (String coordinator : coordinatorIds) {
            if (repository.insertOnce(DeliveryKey.coordinator(parent.key, coordinator), parent.kind.name(),
                    Audience.COORDINATOR.name(), coordinator, parent.organisation, parent.matchId, parent.facts,
                    utc(now), utc(now))) {
                inserted++;
            }
        }
        parent.status = DeliveryStatus.EXPANDED;
        done(parent, now);
        return inserted;
    }

    public PageView<Delivery> log(String organisation, List<String> volunteerIds, DeliveryStatus status, String kind,
            int page, int size) {
        PanacheQuery<Delivery> query = repository.log(organisation, volunteerIds, status, kind);
        return new PageView<>(query.page(DeliveryRepository.page(page, size)).list(), page, size, query.count());
    }

    private static void done(Delivery delivery, Instant now) {
        delivery.facts = null;
        delivery.claimedUntil = null;
        delivery.lastError = null;
        delivery.updatedAt = utc(now);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
