package nl.talentenbureau.matching.match;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.matching.match.MatchSteps.Step;
import nl.talentenbureau.matching.match.MatchTransitions.Check;
import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.projection.BookedTimes;
import nl.talentenbureau.matching.projection.Projection;
import nl.talentenbureau.matching.projection.RequestSnapshot;
import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.problem.ProblemException;

/**
 * The lifecycle steps coordinators and volunteers take: answering an offer, activating, completing, ending. Each is
 * one {@link MatchTransitions#step} with the step's own rules and fields; a volunteer never has more live (ACCEPTED
 * or ACTIVE) matches than their capacity, and every status change writes its event in the same transaction.
 */
@ApplicationScoped
public class MatchService {

    private final MatchRepository matches;
    private final MatchTransitions transitions;
    private final MatchProposer proposer;
    private final HoursAndFeedback feedback;
    private final Projection projection;
    private final BookedTimes booked;

    public MatchService(MatchRepository matches, MatchTransitions transitions, MatchProposer proposer,
            HoursAndFeedback feedback, Projection projection, BookedTimes booked) {
        this.matches = matches;
        this.transitions = transitions;
        this.proposer = proposer;
        this.feedback = feedback;
        this.projection = projection;
        this.booked = booked;
    }

    /** @throws ProblemException 404 not the caller's offer; 409 not PROPOSED, deadline passed, request ended, full */
    @Transactional
    public Match accept(UUID id, String subject, IfMatch ifMatch) {
        return answerYes(id, Actor.volunteer(subject), AnswerChannel.SELF, ifMatch);
    }

    /**
     * A coordinator of the match's organisation accepts for the volunteer, who said yes by {@code channel}: the same
     * rules as the volunteer's own answer.
     *
     * @throws ProblemException 404 not the organisation's match; 409 not PROPOSED, deadline passed, request ended,
     *         the volunteer is full
     */
    @Transactional
    public Match acceptOnBehalf(UUID id, Actor coordinator, AnswerChannel channel, IfMatch ifMatch) {
        return answerYes(id, coordinator, channel, ifMatch);
    }

    /**
     * The volunteer declines; when the request asks for it (autoOfferNext) the next best candidate is proposed in
     * the same transaction.
     *
     * @throws ProblemException 404 not the caller's offer; 409 not PROPOSED or deadline passed
     */
    @Transactional
    public Match decline(UUID id, String subject, IfMatch ifMatch, String reason) {
        return answerNo(id, Actor.volunteer(subject), AnswerChannel.SELF, ifMatch, reason);
    }

    /**
     * A coordinator of the match's organisation declines for the volunteer, who said no by {@code channel}: the
     * same rules and the same auto-offer as the volunteer's own decline.
     *
     * @throws ProblemException 404 not the organisation's match; 409 not PROPOSED or deadline passed
     */
    @Transactional
    public Match declineOnBehalf(UUID id, Actor coordinator, AnswerChannel channel, IfMatch ifMatch,
            String reason) {
        return answerNo(id, coordinator, channel, ifMatch, reason);
    }

    private Match answerYes(UUID id, Actor actor, AnswerChannel channel, IfMatch ifMatch) {
        return transitions.step(id, actor, ifMatch, Step.ACCEPT, (locked, now) -> {
            Match match = locked.match();
            requireBeforeDeadline(match, now);
            if (locked.volunteerGone()) {
                throw ProblemException.conflict("the volunteer of this offer is no longer in the pool");
            }
            Optional<RequestSnapshot> request = projection.request(match.requestId);
            if (request.isEmpty() || request.get().ended()) {
                throw ProblemException.conflict("the request of this offer has ended");
            }
            String who = actor.side() == Side.VOLUNTEER ? "you are" : "the volunteer is";
            long live = matches.countLive(match.volunteerId);
            if (live >= locked.volunteer().capacity()) {
                throw ProblemException.conflict(who + " at full capacity (" + live + " of "
                        + locked.volunteer().capacity() + " places taken)");
            }
            // the offer held its time when it was made, but a request's schedule may have moved since: never two
            // live matches at one time
            LocalDate today = projection.today();
            Booking wanted = projection.helpRequest(request.get()).booking();
            Booking other = wanted.firstOverlap(booked.liveExcept(match.volunteerId, match.id), today);
            if (other != null) {
                throw ProblemException.conflict(who + " already busy then: another match holds "
                        + wanted.clash(other, today) + "; a volunteer is never booked twice for the same time");
            }
        }, (match, now) -> answered(match, actor, channel, now));
    }

    private Match answerNo(UUID id, Actor actor, AnswerChannel channel, IfMatch ifMatch, String reason) {
        Match declined = transitions.step(id, actor, ifMatch, Step.DECLINE,
                (locked, now) -> requireBeforeDeadline(locked.match(), now), (match, now) -> {
                    answered(match, actor, channel, now);
                    match.declineReason = reason == null || reason.isBlank() ? null : reason.strip();
                });
        proposer.autoOffer(declined, declined.decidedAt);
        return declined;
    }

    /** Who answered, how and when: the volunteer (SELF), or the coordinator's subject with the volunteer's channel. */
    private static void answered(Match match, Actor actor, AnswerChannel channel, OffsetDateTime now) {
        match.decidedAt = now;
        match.answeredBy = actor.side() == Side.VOLUNTEER ? Match.VOLUNTEER : actor.subject();
        match.answerChannel = channel;
    }

    /** ACCEPTED -> ACTIVE, by a coordinator of the match's organisation. */
    @Transactional
    public Match activate(UUID id, String organisation, IfMatch ifMatch) {
        return transitions.step(id, Actor.coordinator(organisation, null), ifMatch, Step.ACTIVATE, Check.NONE,
                (match, now) -> match.activatedAt = now);
    }

    /** ACTIVE -> COMPLETED, by a coordinator, with their feedback when given (once per side); answers the view. */
    @Transactional
    public MatchView complete(UUID id, String organisation, IfMatch ifMatch, FeedbackInput given) {
        Match match = transitions.step(id, Actor.coordinator(organisation, null), ifMatch, Step.COMPLETE,
                Check.NONE, (completed, now) -> {
                    completed.closedAt = now;
                    if (given != null) {
                        feedback.store(completed, Side.COORDINATOR, given, now);
                    }
                });
        return MatchView.of(match, matches.feedbackOf(match.id));
    }

    /** ACTIVE -> ENDED, by a coordinator or the volunteer on their own match; the reason stays out of events. */
    @Transactional
    public Match end(UUID id, Actor actor, IfMatch ifMatch, String reason) {
        return transitions.step(id, actor, ifMatch, Step.END, Check.NONE, (match, now) -> {
            match.closedAt = now;
            match.endReason = reason.strip();
        });
    }

    private static void requireBeforeDeadline(Match match, OffsetDateTime now) {
        if (!now.isBefore(match.answerDeadline)) {
            throw ProblemException.conflict("the answer deadline of this offer has passed");
        }
    }
}
