package nl.talentenbureau.volunteer.matchfeed;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import nl.talentenbureau.volunteer.core.ProfileErasure;

/**
 * Whether an organisation has a proposed or live match with a volunteer, as far as this service has followed
 * matching-service's feed ({@link MatchFeedConsumer}). A match made a moment ago may not be known yet: the answer
 * errs on the side of not showing contact details, and catches up within a long-poll.
 */
@ApplicationScoped
public class MatchLinks {

    private final MatchLinkRepository links;

    public MatchLinks(MatchLinkRepository links) {
        this.links = links;
    }

    /** Of these volunteers, those with a proposed or live match of this organisation. */
    public Set<UUID> reachableBy(String organisation, Collection<UUID> volunteerIds) {
        if (organisation == null) {
            return Set.of();
        }
        return links.withMatchOf(organisation, volunteerIds, MatchStatus.REACHABLE);
    }

    /** Erasure: what matching told about the person goes with the profile. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(@Observes ProfileErasure erasure) {
        links.delete("volunteerId", erasure.volunteerId());
    }
}
