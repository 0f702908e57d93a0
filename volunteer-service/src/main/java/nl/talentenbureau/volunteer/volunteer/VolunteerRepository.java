package nl.talentenbureau.volunteer.volunteer;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VolunteerRepository implements PanacheRepositoryBase<Volunteer, UUID> {

    public Optional<Volunteer> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /**
     * Count and checksum of every volunteer the feed presents: md5 over {@code id:version} lines joined by a newline
     * in id order (README, "Projection checksum"). Erased volunteers are left out: their VolunteerErased event makes
     * a consumer delete its copy.
     */
    public FeedSummary feedSummary() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select count(*), md5(coalesce(string_agg(cast(id as text) || ':' || version, E'\\n' order by id), ''))
                from volunteer where erased_at is null""").getSingleResult();
        return new FeedSummary(((Number) row[0]).longValue(), (String) row[1]);
    }
}
