package nl.talentenbureau.volunteer.outreach;

import java.time.OffsetDateTime;
import java.util.List;
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

    public Optional<Signup> byToken(String token) {
        return find("confirmToken", token).firstResultOptional();
    }

    /** Deletes the sign-ups never confirmed, made before {@code before}; answers how many. */
    public long deleteUnconfirmed(OffsetDateTime before) {
        return delete("confirmedAt is null and createdAt < ?1", before);
    }
}
