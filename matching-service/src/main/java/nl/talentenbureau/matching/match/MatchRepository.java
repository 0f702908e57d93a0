package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MatchRepository implements PanacheRepositoryBase<Match, UUID> {

    private final EntityManager em;

    public MatchRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Locks the volunteer's projection row until the transaction ends and answers its snapshot (JSON): every
     * transaction that proposes or accepts a match for this volunteer goes through here first, so counting their
     * live matches and adding one is never interleaved with another.
     */
    public Optional<String> lockVolunteer(UUID volunteerId) {
        List<?> rows = em.createNativeQuery(
                "select cast(snapshot as text) from volunteer_projection where id = ?1 for update")
                .setParameter(1, volunteerId).getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    /** The projected volunteers whose own account has this token subject (one, unless the feed says otherwise). */
    @SuppressWarnings("unchecked")
    public List<UUID> volunteersOf(String subject) {
        return em.createNativeQuery("select id from volunteer_projection where subject = ?1 order by id", UUID.class)
                .setParameter(1, subject).getResultList();
    }

    public long countLive(UUID volunteerId) {
        return count("volunteerId = ?1 and status in ?2", volunteerId,
                List.of(MatchStatus.ACCEPTED, MatchStatus.ACTIVE));
    }

    public boolean pairIsLive(UUID requestId, UUID volunteerId) {
        return count("requestId = ?1 and volunteerId = ?2 and status in ?3", requestId, volunteerId,
                List.of(MatchStatus.PROPOSED, MatchStatus.ACCEPTED, MatchStatus.ACTIVE)) > 0;
    }

    /** Open offers: PROPOSED, deadline not passed, oldest first. */
    public List<Match> openOffers(List<UUID> volunteerIds, OffsetDateTime now, int page, int size) {
        return find("volunteerId in ?1 and status = ?2 and answerDeadline > ?3 order by proposedAt, id",
                volunteerIds, MatchStatus.PROPOSED, now).page(page, size).list();
    }

    public long countOpenOffers(List<UUID> volunteerIds, OffsetDateTime now) {
        return count("volunteerId in ?1 and status = ?2 and answerDeadline > ?3", volunteerIds,
                MatchStatus.PROPOSED, now);
    }
}
