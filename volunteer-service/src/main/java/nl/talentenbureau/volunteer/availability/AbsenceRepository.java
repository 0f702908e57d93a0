package nl.talentenbureau.volunteer.availability;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AbsenceRepository implements PanacheRepositoryBase<Absence, UUID> {

    public List<Absence> ofVolunteer(UUID volunteerId) {
        return list("volunteerId", Sort.by("startsOn").and("id"), volunteerId);
    }

    public long deleteOfVolunteer(UUID volunteerId) {
        return delete("volunteerId", volunteerId);
    }
}
