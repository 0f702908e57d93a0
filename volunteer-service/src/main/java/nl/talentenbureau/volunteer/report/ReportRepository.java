package nl.talentenbureau.volunteer.report;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Fetches the rows a report counts, one query each; all counting happens in {@link FunnelCounter} and
 * {@link TrainingCounter}. Reads the status history and the sessions as stored (read only, no entity of another
 * feature), like matching-service's impact report reads its tables.
 */
@ApplicationScoped
public class ReportRepository {

    private final EntityManager em;

    public ReportRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Every status step of the volunteers with a step in [start, end), also their earlier ones (a first step must be
     * known to be the first), in order of time per volunteer, each with the source of the application the profile was
     * made from (null: none). An application keeps its source and its volunteer when erased, so an erased volunteer
     * stays under her source.
     */
    @SuppressWarnings("unchecked")
    public List<StatusStep> steps(Instant start, Instant end) {
        // one application makes one profile; should a profile ever have two, its first one says how it came
        List<Object[]> rows = em.createNativeQuery("""
                select cast(s.volunteer_id as text), s.status, s.kern,
                    cast(extract(epoch from s.at) * 1000 as bigint), a.source
                from volunteer_status_change s
                left join (select distinct on (volunteer_id) volunteer_id, source from application
                    where volunteer_id is not null order by volunteer_id, created_at, id) a
                    on a.volunteer_id = s.volunteer_id
                where s.volunteer_id in (select volunteer_id from volunteer_status_change
                    where at >= ?1 and at < ?2)
                order by s.volunteer_id, s.at, s.id""")
                .setParameter(1, utc(start)).setParameter(2, utc(end)).getResultList();
        return rows.stream().map(row -> new StatusStep(UUID.fromString((String) row[0]), (String) row[1],
                (String) row[2], Instant.ofEpochMilli(((Number) row[3]).longValue()), (String) row[4])).toList();
    }

    /** The sessions not cancelled on a day of [from, to], with how many attended. */
    @SuppressWarnings("unchecked")
    public List<SessionFact> sessions(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("""
                select cast(t.id as text), t.training_code, t.kern, t.held_on, t.places, coalesce(t.attended, 0)
                from training_session t
                where t.status <> 'CANCELLED' and t.held_on between ?1 and ?2""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(row -> new SessionFact(UUID.fromString((String) row[0]), (String) row[1],
                (String) row[2], day(row[3]), ((Number) row[4]).intValue(), ((Number) row[5]).longValue()))
                .toList();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
