package nl.talentenbureau.volunteer.privacy;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, Consent.Key> {

    public List<Consent> ofVolunteer(UUID volunteerId) {
        return list("volunteerId", Sort.by("purpose"), volunteerId);
    }

    /** Of these volunteers, those whose consent for the purpose is given and not withdrawn. */
    public Set<UUID> withActive(Collection<UUID> volunteerIds, ConsentPurpose purpose) {
        if (volunteerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery("""
                select c.volunteerId from Consent c
                where c.volunteerId in :ids and c.purpose = :purpose and c.withdrawnAt is null""", UUID.class)
                .setParameter("ids", volunteerIds).setParameter("purpose", purpose).getResultList());
    }
}
