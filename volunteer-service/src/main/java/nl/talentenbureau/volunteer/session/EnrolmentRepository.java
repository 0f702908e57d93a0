package nl.talentenbureau.volunteer.session;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, Enrolment.Key> {

    public List<Enrolment> ofSession(UUID sessionId) {
        return list("sessionId", Sort.by("seq"), sessionId);
    }

    public List<Enrolment> ofVolunteer(UUID volunteerId) {
        return list("volunteerId", Sort.by("sessionId"), volunteerId);
    }

    public long deleteOfVolunteer(UUID volunteerId) {
        return delete("volunteerId", volunteerId);
    }
}
