package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.problem.ProblemException;

/** Reading matches: a coordinator's organisation's, a volunteer's own. Nothing here changes a match. */
@ApplicationScoped
public class MatchQueries {

    private final MatchRepository matches;
    private final MatchTransitions transitions;

    public MatchQueries(MatchRepository matches, MatchTransitions transitions) {
        this.matches = matches;
        this.transitions = transitions;
    }

    /** A match of the coordinator's organisation; 404 for another organisation's (same answer as unknown). */
    @Transactional
    public Match ofOrganisation(UUID id, String organisation) {
        return transitions.find(id, Actor.coordinator(organisation, null));
    }

    /** A match of the coordinator's organisation with the feedback of both sides. */
    @Transactional
    public MatchView view(UUID id, String organisation) {
        Match match = ofOrganisation(id, organisation);
        return MatchView.of(match, matches.feedbackOf(id));
    }

    /** The organisation's matches, optionally of one request and in one status, newest first. */
    @Transactional
    public PageView<Match> list(String organisation, UUID requestId, MatchStatus status, int page, int size) {
        return new PageView<>(matches.ofOrganisation(organisation, requestId, status, page, size), page, size,
                matches.countOfOrganisation(organisation, requestId, status));
    }

    /**
     * The caller's own matches: without {@code status} the open offers (PROPOSED, deadline not passed, oldest
     * first); with it, every own match in that status (newest first).
     */
    @Transactional
    public PageView<Match> offers(String subject, MatchStatus status, int page, int size) {
        List<UUID> own = matches.volunteersOf(subject);
        if (own.isEmpty()) {
            return new PageView<>(List.of(), page, size, 0);
        }
        if (status != null) {
            return new PageView<>(matches.ofVolunteers(own, status, page, size), page, size,
                    matches.countOfVolunteers(own, status));
        }
        OffsetDateTime now = MatchTransitions.now();
        return new PageView<>(matches.openOffers(own, now, page, size), page, size,
                matches.countOpenOffers(own, now));
    }

    /** The caller's open offers (PROPOSED, deadline not passed), oldest first. */
    public PageView<Match> offers(String subject, int page, int size) {
        return offers(subject, null, page, size);
    }

    /** Everything held on the caller's own matches (export); empty when no volunteer has this subject. */
    @Transactional
    public MatchExport exportOwn(String subject) {
        return exportOf(matches.volunteersOf(subject));
    }

    /** Everything held on one volunteer's matches (export for an admin); empty when there are none. */
    @Transactional
    public MatchExport exportOf(UUID volunteerId) {
        return exportOf(List.of(volunteerId));
    }

    private MatchExport exportOf(List<UUID> volunteerIds) {
        List<MatchExport.Entry> entries = volunteerIds.isEmpty()
                ? List.of()
                : matches.allOfVolunteers(volunteerIds).stream()
                        .map(m -> MatchExport.Entry.of(m, matches.hoursOf(m.id), matches.feedbackOf(m.id).stream()
                                .filter(f -> f.side() == Side.VOLUNTEER).findFirst().orElse(null)))
                        .toList();
        return new MatchExport(MatchTransitions.now(), entries);
    }

    /** One own match of the volunteer, any status; 404 for anyone else's. */
    @Transactional
    public Match own(UUID id, String subject) {
        return transitions.find(id, Actor.volunteer(subject));
    }

    /**
     * The call list: open offers whose volunteer cannot answer online (reached by PHONE or without an account),
     * nearest deadline first; of one organisation, or all of them when {@code organisation} is null (admin).
     */
    @Transactional
    public PageView<MatchRepository.WaitingForCall> waitingForCall(String organisation, int page, int size) {
        OffsetDateTime now = MatchTransitions.now();
        return new PageView<>(matches.waitingForCall(organisation, now, page, size), page, size,
                matches.countWaitingForCall(organisation, now));
    }

    /** How a match was answered, for the services (decline reason, channel); 404 when unknown. */
    @Transactional
    public MatchAnswerView answer(UUID id) {
        Match match = matches.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("match " + id));
        return new MatchAnswerView(match.id, match.status, match.declineReason, match.answerChannel);
    }

    /** Live matches of a volunteer now (tests, reports). */
    @Transactional
    public long liveMatches(UUID volunteerId) {
        return matches.countLive(volunteerId);
    }
}
