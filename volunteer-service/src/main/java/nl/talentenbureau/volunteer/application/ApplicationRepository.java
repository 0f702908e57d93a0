package nl.talentenbureau.volunteer.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** The application with its row locked: two coordinators taking up one open application are serialised. */
    public Optional<Application> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Application> byToken(String token) {
        return find("confirmToken", token).firstResultOptional();
    }

    public List<Application> ofVolunteer(UUID volunteerId) {
        return list("volunteerId", Sort.by("createdAt"), volunteerId);
    }

    public long deleteUnconfirmed(OffsetDateTime before) {
        return delete("status = ?1 and createdAt < ?2", ApplicationStatus.SUBMITTED, before);
    }

    /**
     * Applications due for erasure: declined before {@code declinedBefore}, or left confirmed or in intake (never
     * decided) since before {@code idleBefore}.
     */
    public List<UUID> dueForErasure(OffsetDateTime declinedBefore, OffsetDateTime idleBefore, int limit) {
        return getEntityManager().createQuery("select a.id from Application a where a.erasedAt is null and"
                + " (a.status = :declined and a.decidedAt < :declinedBefore"
                + " or a.status in :open and a.updatedAt < :idleBefore) order by a.updatedAt, a.id", UUID.class)
                .setParameter("declined", ApplicationStatus.DECLINED).setParameter("declinedBefore", declinedBefore)
                .setParameter("open", List.of(ApplicationStatus.CONFIRMED, ApplicationStatus.INTAKE))
                .setParameter("idleBefore", idleBefore).setMaxResults(limit).getResultList();
    }
}
