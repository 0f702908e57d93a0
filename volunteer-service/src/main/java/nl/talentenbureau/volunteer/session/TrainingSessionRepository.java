package nl.talentenbureau.volunteer.session;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TrainingSessionRepository implements PanacheRepositoryBase<TrainingSession, UUID> {

    /**
     * The session with its row locked (select ... for update) until the transaction ends: every write to a session
     * or its enrolments takes this lock first, so two enrolments never both take the last place.
     */
    public Optional<TrainingSession> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
