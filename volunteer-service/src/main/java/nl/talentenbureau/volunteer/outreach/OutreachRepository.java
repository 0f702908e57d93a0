package nl.talentenbureau.volunteer.outreach;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OutreachRepository implements PanacheRepositoryBase<OutreachEvent, UUID> {

    /** The event with its row locked until the transaction ends: every sign-up takes it, so places stay exact. */
    public Optional<OutreachEvent> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
