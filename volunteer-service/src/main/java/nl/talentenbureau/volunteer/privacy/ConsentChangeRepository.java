package nl.talentenbureau.volunteer.privacy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ConsentChangeRepository implements PanacheRepositoryBase<ConsentChange, UUID> {

    /** Oldest first. */
    public List<ConsentChange> ofVolunteer(UUID volunteerId) {
        return list("volunteerId", Sort.by("recordedAt").and("id"), volunteerId);
    }
}
