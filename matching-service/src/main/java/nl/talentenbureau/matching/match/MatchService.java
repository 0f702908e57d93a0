package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.matching.candidates.CandidateService;
import nl.talentenbureau.matching.candidates.Exclusion;
import nl.talentenbureau.matching.candidates.VolunteerIndex;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.projection.CurrentIndex;
import nl.talentenbureau.matching.projection.Projection;
import nl.talentenbureau.matching.projection.RequestSnapshot;
import nl.talentenbureau.matching.projection.Snapshots;
import nl.talentenbureau.matching.projection.VolunteerSnapshot;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.platform.feed.OutboxWriter;
import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Proposing matches and answering offers. Every write first locks the volunteer's projection row
 * ({@link MatchRepository#lockVolunteer}), then counts and changes: a volunteer never has more live (ACCEPTED or
 * ACTIVE) matches than their capacity, however many proposals and acceptances run at once.
 */
@ApplicationScoped
public class MatchService {

    static final String AGGREGATE = "match";

    private final MatchRepository matches;
    private final Projection projection;
    private final CurrentIndex index;
    private final OutboxWriter outbox;
    private final ObjectMapper json;
    private final MatchingConfig config;

    public MatchService(MatchRepository matches, Projection projection, CurrentIndex index, OutboxWriter outbox,
            ObjectMapper json, MatchingConfig config) {
        this.matches = matches;
        this.projection = projection;
        this.index = index;
        this.outbox = outbox;
        this.json = json;
        this.config = config;
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
        HelpRequest help = CandidateService.toRequest(request, projection);
        checkHardFilters(volunteer, help, matches.countLive(volunteerId));

        OffsetDateTime now = now();
        Match match = new Match();
        match.id = UUID.randomUUID();
        match.requestId = requestId;
        match.volunteerId = volunteerId;
        match.organisation = organisation;
        match.status = MatchStatus.PROPOSED;
        match.proposedAt = now;
        match.answerDeadline = now.plus(config.offers().answerWithin());
        match.createdBy = coordinator;
        matches.persist(match);
        outbox.append(AGGREGATE, match.id, "MatchProposed", () -> MatchEvent.of(match, now));
        return match;
    }

    /** A match of the coordinator's organisation; 404 for another organisation's (same answer as unknown). */
    @Transactional
    public Match ofOrganisation(UUID id, String organisation) {
        return matches.findByIdOptional(id).filter(m -> organisation.equals(m.organisation))
                .orElseThrow(() -> ProblemException.notFound("match " + id));
    }

    /** The caller's open offers (PROPOSED, deadline not passed), oldest first. */
    @Transactional
    public PageView<Match> offers(String subject, int page, int size) {
        List<UUID> own = matches.volunteersOf(subject);
        if (own.isEmpty()) {
            return new PageView<>(List.of(), page, size, 0);
        }
        OffsetDateTime now = now();
        return new PageView<>(matches.openOffers(own, now, page, size), page, size,
                matches.countOpenOffers(own, now));
    }

    /** @throws ProblemException 404 not the caller's offer; 409 not PROPOSED, deadline passed, request ended, full */
    @Transactional
    public Match accept(UUID id, String subject, IfMatch ifMatch) {
        Locked locked = lockOwn(id, subject);
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
        outbox.append(AGGREGATE, match.id, "MatchAccepted", () -> MatchEvent.of(match, now));
        return match;
    }

    /** @throws ProblemException 404 not the caller's offer; 409 not PROPOSED or deadline passed */
    @Transactional
    public Match decline(UUID id, String subject, IfMatch ifMatch, String reason) {
        Match match = lockOwn(id, subject).match();
        ifMatch.requireCurrent(match.version);
        MatchStatus next = MatchSteps.next(match.status, MatchSteps.Step.DECLINE);
        OffsetDateTime now = now();
        requireBeforeDeadline(match, now);
        match.status = next;
        match.decidedAt = now;
        match.declineReason = reason == null || reason.isBlank() ? null : reason.strip();
        outbox.append(AGGREGATE, match.id, "MatchDeclined", () -> MatchEvent.of(match, now));
        return match;
    }

    /** Live matches of a volunteer now (tests, reports). */
    @Transactional
    public long liveMatches(UUID volunteerId) {
        return matches.countLive(volunteerId);
    }

    private record Locked(Match match, VolunteerSnapshot volunteer) {
    }

    /** The caller's own offer, with their volunteer row locked; 404 for anyone else's (same answer as unknown). */
    private Locked lockOwn(UUID id, String subject) {
        List<UUID> own = matches.volunteersOf(subject);
        Match unlocked = matches.findByIdOptional(id).filter(m -> own.contains(m.volunteerId))
                .orElseThrow(() -> ProblemException.notFound("offer " + id));
        VolunteerSnapshot volunteer = read(matches.lockVolunteer(unlocked.volunteerId)
                .orElseThrow(() -> ProblemException.notFound("offer " + id)));
        // read again under the lock: a parallel answer to the same offer has committed by now
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
