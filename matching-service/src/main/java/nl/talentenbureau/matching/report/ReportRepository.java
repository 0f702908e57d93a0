package nl.talentenbureau.matching.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.talentenbureau.matching.report.Facts.HoursFact;
import nl.talentenbureau.matching.report.Facts.MatchFact;
import nl.talentenbureau.matching.report.Facts.Place;
import nl.talentenbureau.matching.report.Facts.RequestFact;

/**
 * Fetches the rows of a report, one query per fact kind and period; all counting happens in {@link ImpactCalculator}.
 * Times come back as epoch milliseconds and ids as text, so nothing depends on the driver's type mapping.
 */
@ApplicationScoped
public class ReportRepository {

    /** A match that was accepted (whatever happened after); DECLINED and unanswered ones never were. */
    static final String ACCEPTED = "('ACCEPTED', 'ACTIVE', 'COMPLETED', 'ENDED')";
    /** The request's createdAt from its snapshot; null unless it looks like an ISO date-time (never a failed cast). */
    static final String CREATED_AT = """
            (case when r.snapshot ->> 'createdAt' ~ '^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T'
                then cast(r.snapshot ->> 'createdAt' as timestamptz) end)""";

    private final EntityManager em;

    public ReportRepository(EntityManager em) {
        this.em = em;
    }

    /** Requests created in [start, end) or first accepted in it, with their first acceptance. */
    @SuppressWarnings("unchecked")
    public List<RequestFact> requests(Instant start, Instant end) {
        List<Object[]> rows = em.createNativeQuery("""
                select cast(r.id as text), r.snapshot ->> 'kern', r.snapshot ->> 'theme', r.organisation,
                    cast(extract(epoch from c.created_at) * 1000 as bigint),
                    cast(extract(epoch from f.first_accepted) * 1000 as bigint)
                from request_projection r
                cross join lateral (select %s as created_at) c
                left join (select request_id, min(decided_at) as first_accepted from match
                    where status in %s and decided_at is not null group by request_id) f on f.request_id = r.id
                where (c.created_at >= ?1 and c.created_at < ?2)
                    or (f.first_accepted >= ?1 and f.first_accepted < ?2)""".formatted(CREATED_AT, ACCEPTED))
                .setParameter(1, utc(start)).setParameter(2, utc(end)).getResultList();
        return rows.stream().map(row -> new RequestFact(UUID.fromString((String) row[0]),
                new Place((String) row[1], (String) row[2], (String) row[3]), instant(row[4]), instant(row[5])))
                .toList();
    }

    /** Accepted matches still open at some moment of [start, end): accepted before its end, closed after its start. */
    @SuppressWarnings("unchecked")
    public List<MatchFact> matches(Instant start, Instant end) {
        List<Object[]> rows = em.createNativeQuery("""
                select cast(m.id as text), cast(m.volunteer_id as text), r.snapshot ->> 'kern',
                    r.snapshot ->> 'theme', coalesce(r.organisation, m.organisation), m.status,
                    cast(extract(epoch from m.decided_at) * 1000 as bigint),
                    cast(extract(epoch from m.activated_at) * 1000 as bigint),
                    cast(extract(epoch from m.closed_at) * 1000 as bigint),
                    v.snapshot ->> 'birthYear'
                from match m
                left join request_projection r on r.id = m.request_id
                left join volunteer_projection v on v.id = m.volunteer_id
                where m.status in %s and m.decided_at is not null and m.decided_at < ?2
                    and (m.closed_at is null or m.closed_at >= ?1)""".formatted(ACCEPTED))
                .setParameter(1, utc(start)).setParameter(2, utc(end)).getResultList();
        return rows.stream().map(row -> new MatchFact(UUID.fromString((String) row[0]),
                UUID.fromString((String) row[1]), new Place((String) row[2], (String) row[3], (String) row[4]),
                (String) row[5], instant(row[6]), instant(row[7]), instant(row[8]), year((String) row[9])))
                .toList();
    }

    /** Hours entries worked on a day of [from, to]. */
    @SuppressWarnings("unchecked")
    public List<HoursFact> hours(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("""
                select cast(h.match_id as text), r.snapshot ->> 'kern', r.snapshot ->> 'theme',
                    coalesce(r.organisation, m.organisation), cast(h.worked_on as text), cast(h.hours as text)
                from match_hours h
                join match m on m.id = h.match_id
                left join request_projection r on r.id = m.request_id
                where h.worked_on >= ?1 and h.worked_on <= ?2""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(row -> new HoursFact(UUID.fromString((String) row[0]),
                new Place((String) row[1], (String) row[2], (String) row[3]), LocalDate.parse((String) row[4]),
                new BigDecimal((String) row[5]))).toList();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }

    private static Integer year(String value) {
        return value != null && value.matches("[0-9]{4}") ? Integer.valueOf(value) : null;
    }
}
