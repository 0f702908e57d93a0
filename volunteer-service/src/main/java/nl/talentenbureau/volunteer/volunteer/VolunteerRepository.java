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
}
