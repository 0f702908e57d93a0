package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.matching.projection.Projection;
import nl.talentenbureau.platform.problem.ProblemException;

/** What both sides record on a match besides its status: hours worked, and feedback once per side. */
@ApplicationScoped
public class HoursAndFeedback {

    private final MatchRepository matches;
    private final MatchTransitions transitions;
    private final Projection projection;

    public HoursAndFeedback(MatchRepository matches, MatchTransitions transitions, Projection projection) {
        this.matches = matches;
        this.transitions = transitions;
        this.projection = projection;
    }

    /**
     * Hours worked on an ACTIVE match, logged by its volunteer or a coordinator; the match keeps the total.
     *
     * @throws ProblemException 400 a day in the future; 404 not the actor's match; 409 not ACTIVE
     */
    @Transactional
    public HoursView logHours(UUID id, Actor actor, HoursInput input) {
        if (input.workedOn().isAfter(projection.today())) {
            throw ProblemException.invalid("workedOn", "cannot be in the future");
        }
        // locked like a step: the total is read and written under the volunteer's row lock
        Match match = transitions.lock(id, actor).match();
        if (match.status != MatchStatus.ACTIVE) {
            throw ProblemException.illegalTransition("hours are logged on an ACTIVE match, not a " + match.status
                    + " one");
        }
        OffsetDateTime now = MatchTransitions.now();
        UUID entry = UUID.randomUUID();
        matches.insertHours(entry, match.id, input.workedOn(), input.hours(), actor.side(), now);
        match.hoursLogged = match.hoursLogged.add(input.hours());
        return new HoursView(entry, match.id, input.workedOn(), input.hours(), actor.side(), now);
    }

    @Transactional
    public List<HoursView> hours(UUID id, Actor actor) {
        return matches.hoursOf(transitions.find(id, actor).id);
    }

    @Transactional
    public HoursView hoursEntry(UUID id, Actor actor, UUID entry) {
        return matches.hoursEntry(transitions.find(id, actor).id, entry)
                .orElseThrow(() -> ProblemException.notFound("hours entry " + entry));
    }

    /**
     * Feedback from one side on an ACTIVE, COMPLETED or ENDED match, once per side.
     *
     * @throws ProblemException 404 not the actor's match; 409 another status, or this side gave feedback already
     */
    @Transactional
    public FeedbackView feedback(UUID id, Actor actor, FeedbackInput input) {
        Match match = transitions.find(id, actor);
        if (match.status != MatchStatus.ACTIVE && match.status != MatchStatus.COMPLETED
                && match.status != MatchStatus.ENDED) {
            throw ProblemException.conflict("feedback is given on an ACTIVE, COMPLETED or ENDED match, not a "
                    + match.status + " one");
        }
        return store(match, actor.side(), input, MatchTransitions.now());
    }

    /** @throws ProblemException 409 when this side has given feedback on the match already */
    FeedbackView store(Match match, Side side, FeedbackInput input, OffsetDateTime now) {
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        if (!matches.insertFeedback(match.id, side, input.rating(), comment, now)) {
            throw ProblemException.conflict("the " + side.name().toLowerCase() + " has given feedback on this match "
                    + "already");
        }
        return new FeedbackView(side, input.rating(), comment, now);
    }
}
