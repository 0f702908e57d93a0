package nl.talentenbureau.matching.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The projected volunteers and requests: the last snapshot of each with its version. Writes are upserts that only
 * replace an older version, so applying the same event twice (or an older one late) changes nothing.
 */
@ApplicationScoped
public class ProjectionRepository {

    private final EntityManager em;

    public ProjectionRepository(EntityManager em) {
        this.em = em;
    }

    /** @return whether the row changed (false: the stored version is the same or newer) */
    public boolean upsertVolunteer(UUID id, long version, String subject, String reachBy, String snapshot) {
        return em.createNativeQuery("""
                insert into volunteer_projection (id, version, snapshot, applied_at, subject, reach_by)
                values (?1, ?2, cast(?3 as jsonb), now(), ?4, ?5)
                on conflict (id) do update set version = excluded.version, snapshot = excluded.snapshot,
                    applied_at = excluded.applied_at, subject = excluded.subject, reach_by = excluded.reach_by
                where volunteer_projection.version < excluded.version""")
                .setParameter(1, id).setParameter(2, version).setParameter(3, snapshot).setParameter(4, subject)
                .setParameter(5, reachBy).executeUpdate() > 0;
    }

    /** The projected volunteer's account subject; null when they have none or are not projected. */
    public String subjectOf(UUID id) {
        List<?> rows = em.createNativeQuery("select subject from volunteer_projection where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : String.valueOf(rows.get(0));
    }

    /** How the projected volunteer wants to be reached (EMAIL or PHONE), when projected. */
    public Optional<String> volunteerReachBy(UUID id) {
        List<?> rows = em.createNativeQuery("select reach_by from volunteer_projection where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    /**
     * Deletes the projected volunteer and leaves a tombstone (the id only), so no older snapshot puts them back.
     *
     * @return whether a projected row was deleted
     */
    public boolean eraseVolunteer(UUID id) {
        em.createNativeQuery(
                "insert into volunteer_erasure (id, erased_at) values (?1, now()) on conflict (id) do nothing")
                .setParameter(1, id).executeUpdate();
        return em.createNativeQuery("delete from volunteer_projection where id = ?1").setParameter(1, id)
                .executeUpdate() > 0;
    }

    /** Whether volunteer-service's feed erased this volunteer (a tombstone is kept). */
    public boolean erased(UUID id) {
        return !em.createNativeQuery("select 1 from volunteer_erasure where id = ?1").setParameter(1, id)
                .getResultList().isEmpty();
    }

    /** @return whether the row changed (false: the stored version is the same or newer) */
    public boolean upsertRequest(UUID id, long version, String organisation, String status, String snapshot) {
        return em.createNativeQuery("""
                insert into request_projection (id, version, organisation, status, snapshot, applied_at)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), now())
                on conflict (id) do update set version = excluded.version, organisation = excluded.organisation,
                    status = excluded.status, snapshot = excluded.snapshot, applied_at = excluded.applied_at
                where request_projection.version < excluded.version""")
                .setParameter(1, id).setParameter(2, version).setParameter(3, organisation)
                .setParameter(4, status).setParameter(5, snapshot)
                .executeUpdate() > 0;
    }

    /** Every projected volunteer's snapshot (JSON). */
    @SuppressWarnings("unchecked")
    public List<String> volunteerSnapshots() {
        return em.createNativeQuery("select cast(snapshot as text) from volunteer_projection order by id")
                .getResultList();
    }

    /** The snapshots (JSON) of these volunteers, by id; a volunteer not projected (or erased) is absent. */
    public Map<UUID, String> volunteerSnapshots(Collection<UUID> ids) {
        Map<UUID, String> snapshots = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery(
                "select id, cast(snapshot as text) from volunteer_projection where id in (:ids)")
                .setParameter("ids", ids))) {
            snapshots.put((UUID) row[0], (String) row[1]);
        }
        return snapshots;
    }

    public Optional<Long> volunteerVersion(UUID id) {
        List<?> rows = em.createNativeQuery("select version from volunteer_projection where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(v -> ((Number) v).longValue());
    }

    public Optional<String> requestSnapshot(UUID id) {
        List<?> rows = em.createNativeQuery("select cast(snapshot as text) from request_projection where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    /** The snapshots of an organisation's OPEN requests, oldest id first. */
    @SuppressWarnings("unchecked")
    public List<String> openRequestSnapshots(String organisation) {
        return em.createNativeQuery("""
                select cast(snapshot as text) from request_projection
                where organisation = ?1 and status = 'OPEN' order by id""")
                .setParameter(1, organisation).getResultList();
    }

    /**
     * What the index is built from, in four numbers: the projected volunteers and the matches, each as a row count and
     * the sum of their versions. Every applied volunteer event, erasure, new match and match step changes one of them,
     * so a replica sees from it that another replica changed the projection or the matches.
     */
    public IndexStamp indexStamp() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select count(*) from volunteer_projection),
                       (select coalesce(sum(version), 0) from volunteer_projection),
                       (select count(*) from match),
                       (select coalesce(sum(version), 0) from match),
                       (select coalesce(sum(seq), 0) from catalog_entry)""").getSingleResult();
        return new IndexStamp(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue());
    }

    /**
     * Each volunteer's live (ACCEPTED or ACTIVE) match count, from this service's match table: the index's load
     * component and capacity filter. Volunteers without live matches are absent.
     */
    public Map<UUID, Integer> liveMatchCounts() {
        Map<UUID, Integer> counts = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("""
                select volunteer_id, count(*) from match where status in ('ACCEPTED', 'ACTIVE')
                group by volunteer_id"""))) {
            counts.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** The requester keys each volunteer helped (a match ACCEPTED, ACTIVE or COMPLETED): continuity. */
    public Map<UUID, Set<String>> helpedRequesters() {
        Map<UUID, Set<String>> helped = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("""
                select distinct volunteer_id, requester_key from match
                where requester_key is not null and status in ('ACCEPTED', 'ACTIVE', 'COMPLETED')"""))) {
            helped.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((String) row[1]);
        }
        return helped;
    }

    /** {@link #liveMatchCounts()} for these volunteers only. */
    public Map<UUID, Integer> liveMatchCounts(Collection<UUID> ids) {
        Map<UUID, Integer> counts = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("""
                select volunteer_id, count(*) from match where status in ('ACCEPTED', 'ACTIVE')
                and volunteer_id in (:ids) group by volunteer_id""").setParameter("ids", ids))) {
            counts.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** {@link #helpedRequesters()} for these volunteers only. */
    public Map<UUID, Set<String>> helpedRequesters(Collection<UUID> ids) {
        Map<UUID, Set<String>> helped = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("""
                select distinct volunteer_id, requester_key from match
                where requester_key is not null and status in ('ACCEPTED', 'ACTIVE', 'COMPLETED')
                and volunteer_id in (:ids)""").setParameter("ids", ids))) {
            helped.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((String) row[1]);
        }
        return helped;
    }

    public int liveMatchCount(UUID volunteerId) {
        return ((Number) em.createNativeQuery(
                "select count(*) from match where volunteer_id = ?1 and status in ('ACCEPTED', 'ACTIVE')")
                .setParameter(1, volunteerId).getSingleResult()).intValue();
    }

    @SuppressWarnings("unchecked")
    public Set<String> helpedRequesters(UUID volunteerId) {
        return new HashSet<String>(em.createNativeQuery("""
                select distinct requester_key from match where volunteer_id = ?1 and requester_key is not null
                and status in ('ACCEPTED', 'ACTIVE', 'COMPLETED')""").setParameter(1, volunteerId)
                .getResultList());
    }

    /**
     * The schedules (JSON, null when the request has none) of the requests of every open or live match (PROPOSED,
     * ACCEPTED, ACTIVE): the times those matches hold their volunteers. {@code ids} null: every volunteer's.
     *
     * @return per volunteer, one schedule per match
     */
    public Map<UUID, List<String>> bookedSchedules(Collection<UUID> ids) {
        Query query = em.createNativeQuery("""
                select m.volunteer_id, cast(r.snapshot -> 'schedule' as text)
                from match m join request_projection r on r.id = m.request_id
                where m.status in ('PROPOSED', 'ACCEPTED', 'ACTIVE')"""
                + (ids == null ? "" : " and m.volunteer_id in (:ids)"));
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        Map<UUID, List<String>> schedules = new HashMap<>();
        for (Object[] row : rows(query)) {
            schedules.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return schedules;
    }

    /** The schedules of the volunteer's live matches (ACCEPTED, ACTIVE) other than {@code exceptMatch}. */
    @SuppressWarnings("unchecked")
    public List<String> liveSchedulesOf(UUID volunteerId, UUID exceptMatch) {
        return em.createNativeQuery("""
                select cast(r.snapshot -> 'schedule' as text)
                from match m join request_projection r on r.id = m.request_id
                where m.volunteer_id = ?1 and m.id <> ?2 and m.status in ('ACCEPTED', 'ACTIVE')""")
                .setParameter(1, volunteerId).setParameter(2, exceptMatch).getResultList();
    }

    /** The volunteers with an open or live match (PROPOSED, ACCEPTED, ACTIVE) for this request. */
    @SuppressWarnings("unchecked")
    public List<UUID> volunteersBookedFor(UUID requestId) {
        return em.createNativeQuery("""
                select distinct volunteer_id from match
                where request_id = ?1 and status in ('PROPOSED', 'ACCEPTED', 'ACTIVE')""", UUID.class)
                .setParameter(1, requestId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
