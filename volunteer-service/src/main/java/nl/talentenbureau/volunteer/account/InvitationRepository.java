package nl.talentenbureau.volunteer.account;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    /**
     * Serialises every account change of one profile until the transaction ends (a transaction-scoped advisory
     * lock keyed by the volunteer id), so two invitations sent at once make one Keycloak user.
     */
    public void lockAccountOf(UUID volunteerId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(:id as text), 11))")
                .setParameter("id", volunteerId.toString()).getSingleResult();
    }

    /** The pending invitation whose Keycloak user is this token subject, locked for the link. */
    public Optional<Invitation> pendingFor(String keycloakUserId) {
        return find("keycloakUserId = ?1 and acceptedAt is null", keycloakUserId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
