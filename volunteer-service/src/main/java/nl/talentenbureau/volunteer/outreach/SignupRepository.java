package nl.talentenbureau.volunteer.outreach;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SignupRepository implements PanacheRepositoryBase<Signup, UUID> {

    public List<Signup> ofEvent(UUID eventId) {
        return list("eventId", Sort.by("createdAt").and("id"), eventId);
    }

    /** Sign-ups that hold a place: every one not erased (an unconfirmed one holds it until it is purged). */
    public long taken(UUID eventId) {
        return count("eventId = ?1 and erasedAt is null", eventId);
    }

    /** {@link #taken} of many events in one query; an event without sign-ups is absent. */
    public Map<UUID, Long> takenOf(List<UUID> eventIds) {
        Map<UUID, Long> taken = new HashMap<>();
        if (eventIds.isEmpty()) {
            return taken;
        }
        getEntityManager().createQuery("select s.eventId, count(s) from Signup s where s.eventId in :ids"
                + " and s.erasedAt is null group by s.eventId", Object[].class).setParameter("ids", eventIds)
                .getResultList().forEach(row -> taken.put((UUID) row[0], (Long) row[1]));
        return taken;
    }

    /** The event's sign-up (not erased) from this address, compared without case: one per person and event. */
    public Optional<Signup> ofEventFrom(UUID eventId, String email) {
        return find("eventId = ?1 and erasedAt is null and lower(email) = ?2", eventId,
                email.strip().toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public Optional<Signup> byToken(String token) {
        return find("confirmToken", token).firstResultOptional();
    }

    /** Deletes the sign-ups never confirmed, made before {@code before}; answers how many. */
    public long deleteUnconfirmed(OffsetDateTime before) {
        return delete("confirmedAt is null and createdAt < ?1", before);
    }
}
