package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import nl.talentenbureau.matching.projection.VolunteerSubjectChanged;

/**
 * When a volunteer's account subject changes (a coordinator registered them, proposed them, and only then gave them an
 * account), each of their open and live matches publishes the new subject: request-service shows a volunteer the
 * requests of their matches by that subject, and took it from the match's earlier events, which had none. Without it
 * the volunteer could answer the offer but not open it. In the feed page's transaction; idempotent.
 */
@ApplicationScoped
public class VolunteerLinks {

    private final MatchRepository matches;
    private final MatchTransitions transitions;

    public VolunteerLinks(MatchRepository matches, MatchTransitions transitions) {
        this.matches = matches;
        this.transitions = transitions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onSubjectChanged(@Observes VolunteerSubjectChanged changed) {
        OffsetDateTime now = MatchTransitions.now();
        for (UUID id : matches.openOrLiveOfVolunteer(changed.volunteerId())) {
            transitions.publishSubject(id, now);
        }
    }
}
