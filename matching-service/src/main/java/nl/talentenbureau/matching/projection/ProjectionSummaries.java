package nl.talentenbureau.matching.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The projection's summary for the restart check. One statement, so counts, checksums and cursors are read from one
 * snapshot of the database. The checksum is {@code md5(string_agg(id::text || ':' || version, E'\n' order by id))},
 * md5 of the empty string for an empty table: the source services compute the same over their own rows.
 */
@ApplicationScoped
public class ProjectionSummaries {

    private final EntityManager em;

    public ProjectionSummaries(EntityManager em) {
        this.em = em;
    }

    public ProjectionSummary summary() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select count(*) from volunteer_projection),
                    (select coalesce(md5(string_agg(cast(id as text) || chr(58) || cast(version as text), chr(10)
                        order by id)), md5('')) from volunteer_projection),
                    (select count(*) from request_projection),
                    (select coalesce(md5(string_agg(cast(id as text) || chr(58) || cast(version as text), chr(10)
                        order by id)), md5('')) from request_projection),
                    coalesce((select position from feed_cursor where feed = ?1), 0),
                    coalesce((select position from feed_cursor where feed = ?2), 0)""")
                .setParameter(1, Feed.VOLUNTEERS.key()).setParameter(2, Feed.REQUESTS.key()).getSingleResult();
        return new ProjectionSummary(
                new ProjectionSummary.Table(((Number) row[0]).longValue(), (String) row[1]),
                new ProjectionSummary.Table(((Number) row[2]).longValue(), (String) row[3]),
                new ProjectionSummary.Cursors(((Number) row[4]).longValue(), ((Number) row[5]).longValue()));
    }
}
