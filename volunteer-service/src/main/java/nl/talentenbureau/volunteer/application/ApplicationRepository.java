package nl.talentenbureau.volunteer.application;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** The application with its row locked: two coordinators taking up one open application are serialised. */
    public Optional<Application> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Serialises the sends from one address until the transaction ends (a transaction-scoped advisory lock on a hash
     * of it): a double click arrives as two requests at once, and each must find the other's application.
     */
    public void lockAddress(String email) {
        long key = UUID.nameUUIDFromBytes(("application:" + normalised(email)).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) locked")
                .setParameter(1, key).getSingleResult();
    }

    /** The unconfirmed application from this address with the same origin: the form sent before. */
    public Optional<Application> unconfirmedFrom(String email, ApplicationSource source, UUID vacancyId,
            UUID eventId, UUID referredBy) {
        StringBuilder query = new StringBuilder("status = :submitted and lower(email) = :email and source = :source");
        Parameters parameters = Parameters.with("submitted", ApplicationStatus.SUBMITTED)
                .and("email", normalised(email)).and("source", source);
        same(query, parameters, "vacancyId", vacancyId);
        same(query, parameters, "eventId", eventId);
        same(query, parameters, "referredBy", referredBy);
        return find(query.toString(), parameters).firstResultOptional();
    }

    private static void same(StringBuilder query, Parameters parameters, String field, UUID value) {
        if (value == null) {
            query.append(" and ").append(field).append(" is null");
        } else {
            query.append(" and ").append(field).append(" = :").append(field);
            parameters.and(field, value);
        }
    }

    private static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
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
