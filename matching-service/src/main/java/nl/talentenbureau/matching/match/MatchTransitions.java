package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.matching.match.MatchSteps.Step;
import nl.talentenbureau.matching.projection.ProjectionRepository;
import nl.talentenbureau.matching.projection.VolunteerMatchesChanged;
import nl.talentenbureau.matching.projection.VolunteerSnapshot;
import nl.talentenbureau.platform.feed.OutboxWriter;
import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.problem.ProblemException;

/**
 * How every lifecycle step happens, once: lock the volunteer's projection row, read the match again under that
 * lock, check If-Match and the step table ({@link MatchSteps}), apply the step's own changes, write its event to the
 * outbox and have the index refresh that volunteer after the commit. Steps run in the caller's transaction.
 * <p>
 * The lock is what keeps capacity: whoever counts a volunteer's live matches and changes one holds their row, so
 * parallel proposals, acceptances and steps for one volunteer run one after the other.
 */
@ApplicationScoped
public class MatchTransitions {

    static final String AGGREGATE = "match";

    private final MatchRepository matches;
    private final OutboxWriter outbox;
    private final ObjectMapper json;
    private final Event<VolunteerMatchesChanged> changed;
    private final ProjectionRepository projection;

    public MatchTransitions(MatchRepository matches, OutboxWriter outbox, ObjectMapper json,
            Event<VolunteerMatchesChanged> changed, ProjectionRepository projection) {
        this.matches = matches;
        this.outbox = outbox;
        this.json = json;
        this.changed = changed;
        this.projection = projection;
    }

    /**
     * A match with its volunteer's projected row, locked and read; {@code volunteer} is null when the volunteer is no
     * longer projected (erased): then the match's own row is locked instead.
     */
    record Locked(Match match, VolunteerSnapshot volunteer) {

        boolean volunteerGone() {
            return volunteer == null;
        }
    }

    /** The rules a step checks on the match as locked, before anything changes (throwing changes nothing). */
    @FunctionalInterface
    interface Check {

        Check NONE = (locked, now) -> {
        };

        void require(Locked locked, OffsetDateTime now);
    }

    /**
     * What a step changes besides the status, after the status has changed: one flush writes both, so a step bumps
     * the version once (and the ETag by one) even when the change runs a query.
     */
    @FunctionalInterface
    interface Change {

        Change NONE = (match, now) -> {
        };

        void apply(Match match, OffsetDateTime now);
    }

    /**
     * A step taken by a coordinator or a volunteer on one of the actor's matches.
     *
     * @throws ProblemException 404 not the actor's match; 412 / 400 a stale or malformed If-Match; 409 the step is
     *         not allowed from the match's status; whatever {@code check} or {@code change} throws
     */
    Match step(UUID id, Actor actor, IfMatch ifMatch, Step step, Check check, Change change) {
        Locked locked = lock(id, actor);
        ifMatch.requireCurrent(locked.match().version);
        MatchStatus next = MatchSteps.next(locked.match().status, step);
        OffsetDateTime now = now();
        check.require(locked, now);
        return apply(locked.match(), step, next, now, change, null);
    }

    /**
     * A step the service takes itself (expiry, a request that ended): no actor and no If-Match. {@code choose}
     * picks the step for the match as read under the lock, or none; a step no longer allowed from there (someone
     * answered first, or this ran before) changes nothing, so taking it again is harmless.
     *
     * Never throws for a rule: it runs inside jobs and the feed's transaction, which one odd match must not stop.
     *
     * @param now the time of the step (the job's own clock, so its choice and its event agree)
     * @return the match when it changed
     */
    Optional<Match> stepIfAllowed(UUID id, OffsetDateTime now, Function<Match, Optional<Step>> choose,
            Change change) {
        return stepIfAllowed(id, now, choose, change, null);
    }

    /** {@link #stepIfAllowed(UUID, OffsetDateTime, Function, Change)}, the event saying why ({@code because}). */
    Optional<Match> stepIfAllowed(UUID id, OffsetDateTime now, Function<Match, Optional<Step>> choose,
            Change change, ClosedBecause because) {
        Optional<Match> found = matches.findByIdOptional(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Match match = found.get();
        lockFor(match);
        // read again under the lock: the volunteer may have answered in the meantime
        matches.getEntityManager().refresh(match);
        Optional<Step> step = choose.apply(match);
        if (step.isEmpty() || !MatchSteps.allowed(match.status, step.get())) {
            return Optional.empty();
        }
        return Optional.of(apply(match, step.get(), MatchSteps.next(match.status, step.get()), now, change,
                because));
    }

    private Match apply(Match match, Step step, MatchStatus next, OffsetDateTime now, Change change,
            ClosedBecause because) {
        match.status = next;
        change.apply(match, now);
        publish(match, step.event(), now, because);
        return match;
    }

    /** The outbox event, and the index's live count of this volunteer refreshed once the transaction commits. */
    void publish(Match match, String type, OffsetDateTime now) {
        publish(match, type, now, null);
    }

    private void publish(Match match, String type, OffsetDateTime now, ClosedBecause because) {
        String subject = projection.subjectOf(match.volunteerId);
        outbox.append(AGGREGATE, match.id, type, () -> MatchEvent.of(match, type, subject, now, because));
        changed.fire(new VolunteerMatchesChanged(match.volunteerId));
    }

    /**
     * Publishes the volunteer's account subject as it is now on one of their matches ({@code MatchVolunteerLinked},
     * at the match's own version): nothing of the match changes, so no If-Match anyone holds goes stale. The caller
     * holds the volunteer's projection row (the feed page that changed the subject), so no step of their matches runs
     * in between and the event carries the match's latest version.
     */
    void publishSubject(UUID matchId, OffsetDateTime now) {
        matches.findByIdOptional(matchId).ifPresent(match -> {
            String subject = projection.subjectOf(match.volunteerId);
            outbox.append(AGGREGATE, match.id, MatchEvent.VOLUNTEER_LINKED,
                    () -> MatchEvent.of(match, MatchEvent.VOLUNTEER_LINKED, subject, now, null));
        });
    }

    /**
     * Tells the feed that the match's volunteer was erased ({@code MatchVolunteerErased}, at the match's own version,
     * no subject, {@code closedBecause} VOLUNTEER_ERASED), also on a match that closed long ago: a consumer drops what
     * it keeps of her under the match (request-service: who raised a signal about its senior).
     */
    void publishErased(UUID matchId, OffsetDateTime now) {
        matches.findByIdOptional(matchId).ifPresent(match -> outbox.append(AGGREGATE, match.id,
                MatchEvent.VOLUNTEER_ERASED,
                () -> MatchEvent.of(match, MatchEvent.VOLUNTEER_ERASED, null, now, ClosedBecause.VOLUNTEER_ERASED)));
    }

    /** The actor's match; 404 for anyone else's (same answer as unknown). */
    Match find(UUID id, Actor actor) {
        if (actor.side() == Side.COORDINATOR) {
            return matches.findByIdOptional(id).filter(m -> actor.organisation().equals(m.organisation))
                    .orElseThrow(() -> ProblemException.notFound("match " + id));
        }
        List<UUID> own = matches.volunteersOf(actor.subject());
        return matches.findByIdOptional(id).filter(m -> own.contains(m.volunteerId))
                .orElseThrow(() -> ProblemException.notFound("offer " + id));
    }

    /** The actor's match with its volunteer row locked, read again under the lock. */
    Locked lock(UUID id, Actor actor) {
        Match unlocked = find(id, actor);
        VolunteerSnapshot volunteer = lockFor(unlocked).map(this::read).orElse(null);
        // read again under the lock: a parallel change of the same match has committed by now
        matches.getEntityManager().refresh(unlocked);
        return new Locked(unlocked, volunteer);
    }

    /**
     * Locks the match's volunteer row; when the volunteer is no longer projected (erased), the match's own row: no
     * new match can be made for them then, so only this match's own steps need to be kept apart.
     *
     * @return the volunteer's snapshot (JSON), empty when they are not projected
     */
    private Optional<String> lockFor(Match match) {
        Optional<String> volunteer = matches.lockVolunteer(match.volunteerId);
        if (volunteer.isEmpty()) {
            matches.lockMatch(match.id);
        }
        return volunteer;
    }

    VolunteerSnapshot read(String snapshot) {
        try {
            return json.readValue(snapshot, VolunteerSnapshot.class);
        } catch (JsonProcessingException e) {
            throw ProblemException.unprocessable("volunteerId", "the volunteer's projected profile cannot be read");
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
