package nl.talentenbureau.volunteer.matchfeed;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MatchLinkRepository implements PanacheRepositoryBase<MatchLink, UUID> {

    /** Of these volunteers, those with a match in one of these statuses for this organisation. */
    public Set<UUID> withMatchOf(String organisation, Collection<UUID> volunteerIds, Collection<String> statuses) {
        if (volunteerIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> found = getEntityManager().createQuery("""
                select distinct m.volunteerId from MatchLink m
                where m.organisation = :organisation and m.volunteerId in :ids and m.status in :statuses""",
                UUID.class)
                .setParameter("organisation", organisation).setParameter("ids", volunteerIds)
                .setParameter("statuses", statuses).getResultList();
        return new HashSet<>(found);
    }
}
