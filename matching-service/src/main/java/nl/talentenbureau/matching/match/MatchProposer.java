package nl.talentenbureau.matching.match;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.matching.engine.Eligible;
import nl.talentenbureau.matching.engine.Exclusion;
import nl.talentenbureau.matching.engine.VolunteerIndex;
import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.projection.BookedTimes;
import nl.talentenbureau.matching.projection.CurrentIndex;
import nl.talentenbureau.matching.projection.Projection;
import nl.talentenbureau.matching.projection.RequestSnapshot;
import nl.talentenbureau.matching.projection.Snapshots;
import nl.talentenbureau.matching.projection.VolunteerSnapshot;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.platform.problem.ProblemException;

/**
 * New matches: a coordinator's proposal, and the auto-offer to the next best candidate after a decline or expiry.
 * Either way the hard filters are checked again for that pair now, under the volunteer's row lock: capacity (live
 * matches counted in the table) and "already busy then" (the times the volunteer's open and live matches of every
 * organisation hold, read from the table), so two parallel proposals for one volunteer at the same time, from one
 * organisation or two, run one after the other and the second is refused.
 */
@ApplicationScoped
public class MatchProposer {

    /** created_by of a match proposed by the service itself after a decline or expiry. */
    public static final String AUTO_OFFER = "auto-offer";
    /** Candidates tried at most by one auto-offer (each one is locked and checked again). */
    static final int AUTO_OFFER_TRIES = 20;

    private final MatchRepository matches;
    private final MatchTransitions transitions;
    private final Projection projection;
    private final CurrentIndex index;
    private final BookedTimes booked;
    private final MatchingConfig config;

    public MatchProposer(MatchRepository matches, MatchTransitions transitions, Projection projection,
            CurrentIndex index, BookedTimes booked, MatchingConfig config) {
        this.matches = matches;
        this.booked = booked;
        this.transitions = transitions;
        this.projection = projection;
        this.index = index;
        this.config = config;
    }

    /**
     * A coordinator proposes one volunteer for one request of their organisation, after the hard filters are
     * checked again for that pair now.
     *
     * @throws ProblemException 404 unknown (or another organisation's) request or unknown volunteer; 409 the request
     *         has ended, the pair already has a live match, the volunteer is at capacity or already busy then; 422
     *         another hard filter fails
     */
    @Transactional
    public Match propose(UUID requestId, UUID volunteerId, String organisation, String coordinator) {
        RequestSnapshot request = projection.request(requestId)
                .filter(r -> organisation.equals(r.organisation()))
                .orElseThrow(() -> ProblemException.notFound("request " + requestId));
        VolunteerSnapshot volunteer = transitions.read(matches.lockVolunteer(volunteerId)
                .orElseThrow(() -> ProblemException.notFound("volunteer " + volunteerId)));
        if (request.ended()) {
            throw ProblemException.conflict("request " + requestId + " has ended (" + request.status() + ")");
        }
        if (matches.pairIsLive(requestId, volunteerId)) {
            throw ProblemException.conflict("volunteer " + volunteerId + " already has a live match for request "
                    + requestId);
        }
        HelpRequest help = projection.helpRequest(request);
        checkHardFilters(volunteer, help, matches.countLive(volunteerId), booked.of(volunteerId));
        return create(request, volunteerId, coordinator, MatchTransitions.now());
    }

    /**
     * After a decline or expiry: when the request is still OPEN and asks for it, propose the best-ranked eligible
     * volunteer never proposed for it before, in the caller's transaction. Volunteers whose row another transaction
     * holds are skipped (no waiting while holding a lock: no deadlock).
     */
    void autoOffer(Match closed, OffsetDateTime now) {
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
                .thenComparing(e -> current.id(eligible.positions()[e])));
        int tries = 0;
        for (int e : order) {
            UUID volunteerId = current.id(eligible.positions()[e]);
            if (proposedBefore.contains(volunteerId)) {
                continue;
            }
            if (tries++ >= AUTO_OFFER_TRIES) {
                break;
            }
            Optional<VolunteerSnapshot> volunteer = matches.lockVolunteerIfFree(volunteerId)
                    .map(transitions::read);
            if (volunteer.isEmpty()) {
                continue;
            }
            try {
                checkHardFilters(volunteer.get(), help, matches.countLive(volunteerId), booked.of(volunteerId));
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
        // to the microsecond PostgreSQL keeps, so the events carry the deadline the table holds
        match.proposedAt = now.truncatedTo(ChronoUnit.MICROS);
        match.answerDeadline = match.proposedAt.plus(config.offers().answerWithin());
        match.createdBy = createdBy;
        match.requesterKey = request.requesterKey();
        matches.persist(match);
        transitions.publish(match, MatchEvent.PROPOSED, now);
        return match;
    }

    /** The index's own hard filters on exactly this volunteer as the table holds them now (under their lock). */
    private void checkHardFilters(VolunteerSnapshot volunteer, HelpRequest request, long live, List<Booking> held) {
        VolunteerProfile profile = Snapshots.profile(volunteer)
                .filter(p -> projection.kernen().knows(p.homeKern()))
                .orElseThrow(() -> ProblemException.unprocessable("volunteerId",
                        "the volunteer cannot be matched (no consent to matching, or a profile matching cannot read)"));
        VolunteerIndex one = index.of(profile.withMatches((int) Math.min(live, Integer.MAX_VALUE), held));
        LocalDate today = projection.today();
        Map<Exclusion, Integer> excluded = one.eligible(request, today).excluded();
        for (Map.Entry<Exclusion, Integer> failed : excluded.entrySet()) {
            if (failed.getValue() > 0) {
                if (failed.getKey() == Exclusion.AT_CAPACITY) {
                    throw ProblemException.conflict("the volunteer is at full capacity (" + live + " of "
                            + volunteer.capacity() + " places taken)");
                }
                if (failed.getKey() == Exclusion.BUSY) {
                    Booking wanted = request.booking();
                    Booking other = wanted.firstOverlap(held, today);
                    throw ProblemException.conflict("the volunteer is already busy then: another offer or match "
                            + "(of this or another organisation) holds "
                            + (other == null ? "that time" : wanted.clash(other, today))
                            + "; a volunteer is never booked twice for the same time");
                }
                throw ProblemException.unprocessable("volunteerId",
                        "excluded by a hard filter: " + failed.getKey() + " (" + failed.getKey().label() + ")");
            }
        }
    }
}
