package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.matching.engine.Eligible;
import nl.talentenbureau.matching.engine.Exclusion;
import nl.talentenbureau.matching.engine.VolunteerIndex;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.projection.CurrentIndex;
import nl.talentenbureau.matching.projection.Projection;
import nl.talentenbureau.matching.projection.RequestSnapshot;
import nl.talentenbureau.matching.projection.Snapshots;
import nl.talentenbureau.matching.projection.VolunteerMatchesChanged;
import nl.talentenbureau.matching.projection.VolunteerSnapshot;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.platform.feed.OutboxWriter;
import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Proposing matches, answering offers and the rest of the lifecycle. Every write first locks the volunteer's
 * projection row ({@link MatchRepository#lockVolunteer}), then counts and changes: a volunteer never has more live
 * (ACCEPTED or ACTIVE) matches than their capacity, however many proposals and acceptances run at once. Every status
 * change writes its event to the outbox in the same transaction.
 */
@ApplicationScoped
public class MatchService {

    static final String AGGREGATE = "match";
    /** created_by of a match proposed by the service itself after a decline or expiry. */
    public static final String AUTO_OFFER = "auto-offer";
    /** Offers expired per transaction batch of the expiry job. */
    static final int EXPIRY_BATCH = 200;
    /** Candidates tried at most by one auto-offer (each one is locked and checked again). */
    static final int AUTO_OFFER_TRIES = 20;

    private final MatchRepository matches;
    private final Projection projection;
    private final CurrentIndex index;
    private final OutboxWriter outbox;
    private final ObjectMapper json;
    private final MatchingConfig config;
    private final Event<VolunteerMatchesChanged> changed;

    public MatchService(MatchRepository matches, Projection projection, CurrentIndex index, OutboxWriter outbox,
            ObjectMapper json, MatchingConfig config, Event<VolunteerMatchesChanged> changed) {
        this.matches = matches;
        this.projection = projection;
        this.index = index;
        this.outbox = outbox;
        this.json = json;
        this.config = config;
        this.changed = changed;
    }

    /**
     * A coordinator proposes one volunteer for one request of their organisation, after the hard filters are
     * checked again for that pair now.
     *
     * @throws ProblemException 404 unknown (or another organisation's) request or unknown volunteer; 409 the request
     *         has ended, the pair already has a live match or the volunteer is at capacity; 422 a hard filter fails
     */
    @Transactional
    public Match propose(UUID requestId, UUID volunteerId, String organisation, String coordinator) {
        RequestSnapshot request = projection.request(requestId)
                .filter(r -> organisation.equals(r.organisation()))
                .orElseThrow(() -> ProblemException.notFound("request " + requestId));
        VolunteerSnapshot volunteer = read(matches.lockVolunteer(volunteerId)
                .orElseThrow(() -> ProblemException.notFound("volunteer " + volunteerId)));
        if (request.ended()) {
            throw ProblemException.conflict("request " + requestId + " has ended (" + request.status() + ")");
        }
        if (matches.pairIsLive(requestId, volunteerId)) {
            throw ProblemException.conflict("volunteer " + volunteerId + " already has a live match for request "
                    + requestId);
        }
        HelpRequest help = projection.helpRequest(request);
        checkHardFilters(volunteer, help, matches.countLive(volunteerId));
        return create(request, volunteerId, coordinator, now());
    }

    /** A match of the coordinator's organisation; 404 for another organisation's (same answer as unknown). */
    @Transactional
    public Match ofOrganisation(UUID id, String organisation) {
        return matches.findByIdOptional(id).filter(m -> organisation.equals(m.organisation))
                .orElseThrow(() -> ProblemException.notFound("match " + id));
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
        OffsetDateTime now = now();
        return new PageView<>(matches.openOffers(own, now, page, size), page, size,
                matches.countOpenOffers(own, now));
    }

    /** The caller's open offers (PROPOSED, deadline not passed), oldest first. */
    public PageView<Match> offers(String subject, int page, int size) {
        return offers(subject, null, page, size);
    }

    /** One own match of the volunteer, any status; 404 for anyone else's. */
    @Transactional
    public Match own(UUID id, String subject) {
        return find(id, Actor.volunteer(subject));
    }

    /** @throws ProblemException 404 not the caller's offer; 409 not PROPOSED, deadline passed, request ended, full */
    @Transactional
    public Match accept(UUID id, String subject, IfMatch ifMatch) {
        Locked locked = lock(id, Actor.volunteer(subject));
        Match match = locked.match();
        ifMatch.requireCurrent(match.version);
        MatchStatus next = MatchSteps.next(match.status, MatchSteps.Step.ACCEPT);
        OffsetDateTime now = now();
        requireBeforeDeadline(match, now);
        Optional<RequestSnapshot> request = projection.request(match.requestId);
        if (request.isEmpty() || request.get().ended()) {
            throw ProblemException.conflict("the request of this offer has ended");
        }
        long live = matches.countLive(match.volunteerId);
        if (live >= locked.volunteer().capacity()) {
            throw ProblemException.conflict("you are at full capacity (" + live + " of "
                    + locked.volunteer().capacity() + " places taken)");
        }
        match.status = next;
        match.decidedAt = now;
        publish(match, "MatchAccepted", now);
        return match;
    }

    /**
     * The volunteer declines; when the request asks for it (autoOfferNext) the next best candidate is proposed in
     * the same transaction.
     *
     * @throws ProblemException 404 not the caller's offer; 409 not PROPOSED or deadline passed
     */
    @Transactional
    public Match decline(UUID id, String subject, IfMatch ifMatch, String reason) {
        Match match = lock(id, Actor.volunteer(subject)).match();
        ifMatch.requireCurrent(match.version);
        MatchStatus next = MatchSteps.next(match.status, MatchSteps.Step.DECLINE);
        OffsetDateTime now = now();
        requireBeforeDeadline(match, now);
        match.status = next;
        match.decidedAt = now;
        match.declineReason = reason == null || reason.isBlank() ? null : reason.strip();
        publish(match, "MatchDeclined", now);
        autoOffer(match, now);
        return match;
    }

    /** ACCEPTED -> ACTIVE, by a coordinator of the match's organisation. */
    @Transactional
    public Match activate(UUID id, String organisation, IfMatch ifMatch) {
        Match match = lock(id, Actor.coordinator(organisation, null)).match();
        ifMatch.requireCurrent(match.version);
        match.status = MatchSteps.next(match.status, MatchSteps.Step.ACTIVATE);
        OffsetDateTime now = now();
        match.activatedAt = now;
        publish(match, "MatchActivated", now);
        return match;
    }

    /** ACTIVE -> COMPLETED, by a coordinator, with their feedback when given (once per side); answers the view. */
    @Transactional
    public MatchView complete(UUID id, String organisation, IfMatch ifMatch, FeedbackInput feedback) {
        Match match = lock(id, Actor.coordinator(organisation, null)).match();
        ifMatch.requireCurrent(match.version);
        match.status = MatchSteps.next(match.status, MatchSteps.Step.COMPLETE);
        OffsetDateTime now = now();
        match.closedAt = now;
        if (feedback != null) {
            store(match, Side.COORDINATOR, feedback, now);
        }
        publish(match, "MatchCompleted", now);
        return MatchView.of(match, matches.feedbackOf(match.id));
    }

    /** ACTIVE -> ENDED, by a coordinator or the volunteer on their own match; the reason stays out of events. */
    @Transactional
    public Match end(UUID id, Actor actor, IfMatch ifMatch, String reason) {
        Match match = lock(id, actor).match();
        ifMatch.requireCurrent(match.version);
        match.status = MatchSteps.next(match.status, MatchSteps.Step.END);
        OffsetDateTime now = now();
        match.closedAt = now;
        match.endReason = reason.strip();
        publish(match, "MatchEnded", now);
        return match;
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
        Match match = lock(id, actor).match();
        if (match.status != MatchStatus.ACTIVE) {
            throw ProblemException.illegalTransition("hours are logged on an ACTIVE match, not a " + match.status
                    + " one");
        }
        OffsetDateTime now = now();
        UUID entry = UUID.randomUUID();
        matches.insertHours(entry, match.id, input.workedOn(), input.hours(), actor.side(), now);
        match.hoursLogged = match.hoursLogged.add(input.hours());
        return new HoursView(entry, match.id, input.workedOn(), input.hours(), actor.side(), now);
    }

    @Transactional
    public List<HoursView> hours(UUID id, Actor actor) {
        return matches.hoursOf(find(id, actor).id);
    }

    @Transactional
    public HoursView hoursEntry(UUID id, Actor actor, UUID entry) {
        return matches.hoursEntry(find(id, actor).id, entry)
                .orElseThrow(() -> ProblemException.notFound("hours entry " + entry));
    }

    /**
     * Feedback from one side on an ACTIVE, COMPLETED or ENDED match, once per side.
     *
     * @throws ProblemException 404 not the actor's match; 409 another status, or this side gave feedback already
     */
    @Transactional
    public FeedbackView feedback(UUID id, Actor actor, FeedbackInput input) {
        Match match = find(id, actor);
        if (match.status != MatchStatus.ACTIVE && match.status != MatchStatus.COMPLETED
                && match.status != MatchStatus.ENDED) {
            throw ProblemException.conflict("feedback is given on an ACTIVE, COMPLETED or ENDED match, not a "
                    + match.status + " one");
        }
        return store(match, actor.side(), input, now());
    }

    /**
     * Moves every PROPOSED offer past its answer deadline to EXPIRED, one transaction per offer (with an auto-offer
     * where the request asks for it). The scheduled job calls this; so do the tests.
     *
     * @return how many offers expired
     */
    public int expireDue() {
        int expired = 0;
        while (true) {
            OffsetDateTime now = now();
            List<UUID> due = QuarkusTransaction.requiringNew().call(() -> matches.dueOffers(now, EXPIRY_BATCH));
            int before = expired;
            for (UUID id : due) {
                if (QuarkusTransaction.requiringNew().call(() -> expire(id, now))) {
                    expired++;
                }
            }
            if (due.size() < EXPIRY_BATCH || expired == before) {
                return expired;
            }
        }
    }

    /** Live matches of a volunteer now (tests, reports). */
    @Transactional
    public long liveMatches(UUID volunteerId) {
        return matches.countLive(volunteerId);
    }

    private boolean expire(UUID id, OffsetDateTime now) {
        Optional<Match> found = matches.findByIdOptional(id);
        if (found.isEmpty()) {
            return false;
        }
        Match match = found.get();
        matches.lockVolunteer(match.volunteerId);
        // read again under the lock: the volunteer may have answered in the meantime
        matches.getEntityManager().refresh(match);
        if (!MatchSteps.allowed(match.status, MatchSteps.Step.EXPIRE) || match.answerDeadline.isAfter(now)) {
            return false;
        }
        match.status = MatchSteps.next(match.status, MatchSteps.Step.EXPIRE);
        publish(match, "MatchExpired", now);
        autoOffer(match, now);
        return true;
    }

    /**
     * After a decline or expiry: when the request is still OPEN and asks for it, propose the best-ranked eligible
     * volunteer never proposed for it before, in the caller's transaction. Volunteers whose row another transaction
     * holds are skipped (no waiting while holding a lock: no deadlock).
     */
    private void autoOffer(Match closed, OffsetDateTime now) {
        Optional<RequestSnapshot> found = projection.request(closed.requestId);
        if (found.isEmpty() || !found.get().autoOfferNext() || !found.get().open()) {
            return;
        }
        RequestSnapshot request = found.get();
        HelpRequest help;
        try {
            help = projection.helpRequest(request);
        } catch (ProblemException e) {
            return;
        }
        Set<UUID> proposedBefore = matches.proposedFor(request.id());
        VolunteerIndex current = projection.index();
        Eligible eligible = current.eligible(help, projection.today());
        Integer[] order = new Integer[eligible.size()];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer e) -> -eligible.scores()[e])
                .thenComparingInt(e -> current.idRank(eligible.positions()[e])));
        int tries = 0;
        for (int e : order) {
            UUID volunteerId = current.id(eligible.positions()[e]);
            if (proposedBefore.contains(volunteerId)) {
                continue;
            }
            if (tries++ >= AUTO_OFFER_TRIES) {
                break;
            }
            Optional<VolunteerSnapshot> volunteer = matches.lockVolunteerIfFree(volunteerId).map(this::read);
            if (volunteer.isEmpty()) {
                continue;
            }
            try {
                checkHardFilters(volunteer.get(), help, matches.countLive(volunteerId));
            } catch (ProblemException stale) {
                continue; // the index was a step behind the table for this volunteer
            }
            Match next = create(request, volunteerId, AUTO_OFFER, now);
            Log.infof("auto-offer: match %s proposed for request %s", next.id, request.id());
            return;
        }
        Log.infof("auto-offer: no eligible candidate left for request %s", request.id());
    }

    private Match create(RequestSnapshot request, UUID volunteerId, String createdBy, OffsetDateTime now) {
        Match match = new Match();
        match.id = UUID.randomUUID();
        match.requestId = request.id();
        match.volunteerId = volunteerId;
        match.organisation = request.organisation();
        match.status = MatchStatus.PROPOSED;
        match.proposedAt = now;
        match.answerDeadline = now.plus(config.offers().answerWithin());
        match.createdBy = createdBy;
        match.requesterKey = request.requesterKey();
        matches.persist(match);
        publish(match, "MatchProposed", now);
        return match;
    }

    /** The outbox event, and the index's live count of this volunteer refreshed once the transaction commits. */
    private void publish(Match match, String type, OffsetDateTime now) {
        String subject = matches.subjectOf(match.volunteerId);
        outbox.append(AGGREGATE, match.id, type, () -> MatchEvent.of(match, subject, now));
        changed.fire(new VolunteerMatchesChanged(match.volunteerId));
    }

    private FeedbackView store(Match match, Side side, FeedbackInput input, OffsetDateTime now) {
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        if (!matches.insertFeedback(match.id, side, input.rating(), comment, now)) {
            throw ProblemException.conflict("the " + side.name().toLowerCase() + " has given feedback on this match "
                    + "already");
        }
        return new FeedbackView(side, input.rating(), comment, now);
    }

    private record Locked(Match match, VolunteerSnapshot volunteer) {
    }

    /** The actor's match; 404 for anyone else's (same answer as unknown). */
    private Match find(UUID id, Actor actor) {
        if (actor.side() == Side.COORDINATOR) {
            return matches.findByIdOptional(id).filter(m -> actor.organisation().equals(m.organisation))
                    .orElseThrow(() -> ProblemException.notFound("match " + id));
        }
        List<UUID> own = matches.volunteersOf(actor.subject());
        return matches.findByIdOptional(id).filter(m -> own.contains(m.volunteerId))
                .orElseThrow(() -> ProblemException.notFound("offer " + id));
    }

    /** The actor's match with its volunteer row locked, read again under the lock. */
    private Locked lock(UUID id, Actor actor) {
        Match unlocked = find(id, actor);
        VolunteerSnapshot volunteer = read(matches.lockVolunteer(unlocked.volunteerId)
                .orElseThrow(() -> ProblemException.notFound("match " + id)));
        // read again under the lock: a parallel change of the same match has committed by now
        matches.getEntityManager().refresh(unlocked);
        return new Locked(unlocked, volunteer);
    }

    private void checkHardFilters(VolunteerSnapshot volunteer, HelpRequest request, long live) {
        VolunteerProfile profile = Snapshots.profile(volunteer)
                .filter(p -> projection.kernen().knows(p.homeKern()))
                .orElseThrow(() -> ProblemException.unprocessable("volunteerId",
                        "the volunteer cannot be matched (no consent to matching, or a profile matching cannot read)"));
        VolunteerIndex one = index.of(profile.withActiveMatches((int) Math.min(live, Integer.MAX_VALUE)));
        Map<Exclusion, Integer> excluded = one.eligible(request, projection.today()).excluded();
        for (Map.Entry<Exclusion, Integer> failed : excluded.entrySet()) {
            if (failed.getValue() > 0) {
                if (failed.getKey() == Exclusion.AT_CAPACITY) {
                    throw ProblemException.conflict("the volunteer is at full capacity (" + live + " of "
                            + volunteer.capacity() + " places taken)");
                }
                throw ProblemException.unprocessable("volunteerId",
                        "excluded by a hard filter: " + failed.getKey() + " (" + failed.getKey().label() + ")");
            }
        }
    }

    private static void requireBeforeDeadline(Match match, OffsetDateTime now) {
        if (!now.isBefore(match.answerDeadline)) {
            throw ProblemException.conflict("the answer deadline of this offer has passed");
        }
    }

    private VolunteerSnapshot read(String snapshot) {
        try {
            return json.readValue(snapshot, VolunteerSnapshot.class);
        } catch (JsonProcessingException e) {
            throw ProblemException.unprocessable("volunteerId", "the volunteer's projected profile cannot be read");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
