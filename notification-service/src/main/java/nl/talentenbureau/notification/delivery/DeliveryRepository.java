package nl.talentenbureau.notification.delivery;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepository<Delivery> {

    /**
     * Inserts the row unless its key is there already ({@code on conflict do nothing}): the exactly-once step.
     *
     * @return whether it was inserted
     */
    public boolean insertOnce(String key, String kind, String audience, String recipient, String organisation,
            UUID matchId, String facts, OffsetDateTime dueAt, OffsetDateTime now) {
        return getEntityManager().createNativeQuery("""
                insert into delivery (delivery_key, kind, audience, recipient, organisation, match_id, status,
                                      attempts, facts, created_at, due_at, updated_at)
                values (:key, :kind, :audience, :recipient, :organisation, :matchId, 'PENDING', 0, :facts, :now,
                        :dueAt, :now)
                on conflict (delivery_key) do nothing""")
                .setParameter("key", key).setParameter("kind", kind).setParameter("audience", audience)
                .setParameter("recipient", recipient).setParameter("organisation", organisation)
                .setParameter("matchId", matchId).setParameter("facts", facts).setParameter("dueAt", dueAt)
                .setParameter("now", now).executeUpdate() == 1;
    }

    /** Takes up to {@code limit} due rows for this replica until {@code until} (rows another holds are passed over). */
    @SuppressWarnings("unchecked")
    public List<Long> claimDue(OffsetDateTime now, OffsetDateTime until, int limit) {
        List<Number> ids = getEntityManager().createNativeQuery("""
                update delivery set claimed_until = :until
                where id in (select id from delivery
                             where status = 'PENDING' and due_at <= :now
                               and (claimed_until is null or claimed_until < :now)
                             order by due_at, id limit :limit for update skip locked)
                returning id""")
                .setParameter("now", now).setParameter("until", until).setParameter("limit", limit)
                .getResultList();
        List<Long> claimed = new ArrayList<>();
        ids.forEach(id -> claimed.add(id.longValue()));
        return claimed;
    }

    /** Pending rows of these kinds for one match: called off when the offer is answered, withdrawn or expired. */
    public List<Delivery> pendingOfMatch(UUID matchId, List<String> kinds) {
        return list("matchId = ?1 and status = ?2 and kind in ?3", matchId, DeliveryStatus.PENDING,
                kinds.stream().map(nl.talentenbureau.notification.rules.Kind::valueOf).toList());
    }

    /** Erasure: the volunteer's rows that were not delivered go. */
    public long deletePendingOf(String volunteerId) {
        return delete("audience = ?1 and recipient = ?2 and status = ?3",
                nl.talentenbureau.notification.rules.Audience.VOLUNTEER, volunteerId, DeliveryStatus.PENDING);
    }

    /** A page of the log, newest first; filters are optional. EXPANDED rows are not log lines. */
    public PanacheQuery<Delivery> log(String organisation, List<String> volunteerIds, DeliveryStatus status,
            String kind) {
        StringBuilder where = new StringBuilder("status <> :expanded");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("expanded", DeliveryStatus.EXPANDED);
        if (organisation != null) {
            where.append(" and organisation = :organisation");
            parameters.put("organisation", organisation);
        }
        if (volunteerIds != null) {
            where.append(" and audience = :volunteer and recipient in :recipients");
            parameters.put("volunteer", nl.talentenbureau.notification.rules.Audience.VOLUNTEER);
            parameters.put("recipients", volunteerIds.isEmpty() ? List.of("-") : volunteerIds);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.put("kind", nl.talentenbureau.notification.rules.Kind.valueOf(kind));
        }
        return find(where.toString(), Sort.descending("createdAt").and("id", Sort.Direction.Descending), parameters);
    }

    public static Page page(int index, int size) {
        return Page.of(index, size);
    }
}
