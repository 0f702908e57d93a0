package nl.talentenbureau.request.signal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.request.RequestConfig;
import nl.talentenbureau.request.catalog.Catalog;
import nl.talentenbureau.request.matchfeed.MatchVolunteerErased;
import nl.talentenbureau.request.request.LiveMatches;
import nl.talentenbureau.request.request.RequestReference;
import nl.talentenbureau.request.request.RequestService;
import nl.talentenbureau.request.request.RequesterErased;
import nl.talentenbureau.request.request.Viewer;

/**
 * Signals (issue 16): raising one about a senior the raiser may refer, reading it as the rules allow, its steps by
 * the receiving organisation, escalation of the ones nobody picked up, and erasure (retention and the requester's).
 */
@ApplicationScoped
public class SignalService {

    private final SignalRepository signals;
    private final RequestService requests;
    private final LiveMatches liveMatches;
    private final Catalog catalog;
    private final SignalFeed feed;
    private final RequestConfig config;

    public SignalService(SignalRepository signals, RequestService requests, LiveMatches liveMatches, Catalog catalog,
            SignalFeed feed, RequestConfig config) {
        this.signals = signals;
        this.requests = requests;
        this.liveMatches = liveMatches;
        this.catalog = catalog;
        this.feed = feed;
        this.config = config;
    }

    /** A signal and how the caller stands to it. */
    public record Seen(Signal signal, SignalAccess.Seat seat) {

        public SignalView view() {
            return SignalView.of(signal, seat);
        }
    }

    @Transactional
    public Seen raise(Viewer viewer, SignalInput input) {
        if (viewer.role() != Viewer.Role.VOLUNTEER && viewer.role() != Viewer.Role.COORDINATOR) {
            throw ProblemException.forbidden("volunteers and coordinators raise signals");
        }
        RequestReference request = null;
        UUID underMatch = null;
        if (input.requestId() != null) {
            request = requests.reference(input.requestId()).orElse(null);
            if (viewer.role() == Viewer.Role.VOLUNTEER) {
                // kept on the signal, so her erasure reaches it whenever matching-service tells of it
                underMatch = request == null
                        ? null
                        : liveMatches.liveMatch(request.id(), viewer.subject()).orElse(null);
                if (underMatch == null) {
                    throw ProblemException.unprocessable("requestId",
                            "not a request you help with (a live match of yours)");
                }
            } else if (request == null || !request.organisation().equals(viewer.organisation())) {
                throw ProblemException.unprocessable("requestId", "not a request of your organisation");
            }
            if (input.kern() != null) {
                throw ProblemException.invalid("kern", "comes from the request; send it only without requestId");
            }
        } else if (viewer.role() == Viewer.Role.VOLUNTEER) {
            throw ProblemException.invalid("requestId", "required: the request of the senior you visit");
        } else if (input.kern() == null) {
            throw ProblemException.invalid("kern", "required without requestId: where the senior lives");
        }
        Referral.Kind kind = Referral.decide(request == null ? null : request.organisation(),
                input.receivingOrganisation(), input.sharedContact() != null, input.consent() != null);
        catalog.checkTheme("theme", input.theme());
        catalog.checkOrganisation("receivingOrganisation", input.receivingOrganisation());
        String kern = request == null ? input.kern() : request.kern();
        if (request == null) {
            catalog.checkKern("kern", kern);
        }

        OffsetDateTime now = now();
        Signal signal = new Signal();
        signal.id = UUID.randomUUID();
        signal.status = SignalStatus.RAISED;
        signal.theme = input.theme();
        signal.kern = kern;
        signal.urgency = input.urgency();
        signal.receivingOrganisation = input.receivingOrganisation();
        signal.raisedBy = viewer.subject();
        signal.raisedByRole = viewer.role().name();
        signal.raisedByOrganisation = viewer.role() == Viewer.Role.COORDINATOR ? viewer.organisation() : null;
        signal.raisedUnderMatch = underMatch;
        signal.requestId = request == null ? null : request.id();
        signal.referenceKind = kind;
        signal.note = input.note().strip();
        if (kind == Referral.Kind.SHARED_CONTACT) {
            SignalInput.SharedContact contact = input.sharedContact();
            if (blank(contact.phone()) && blank(contact.addressLine())) {
                throw ProblemException.invalid("sharedContact", "give a phone number or an address to reach them");
            }
            signal.contactName = contact.name().strip();
            signal.contactPhone = blank(contact.phone()) ? null : contact.phone().strip();
            signal.contactAddress = blank(contact.addressLine()) ? null : contact.addressLine().strip();
            signal.consentChannel = input.consent().channel().name();
            signal.consentGivenAt = input.consent().givenAt() == null
                    ? now
                    : input.consent().givenAt().truncatedTo(ChronoUnit.MICROS);
            signal.consentRecordedBy = viewer.subject();
        }
        signal.raisedAt = now;
        signal.updatedAt = now;
        signals.persist(signal);
        signals.flush();
        feed.publish(signal, SignalStatus.RAISED.eventType());
        return new Seen(signal, SignalAccess.seat(viewer, signal.raisedBy, signal.receivingOrganisation));
    }

    /** 404 for every caller who is neither the raiser nor a coordinator of the receiving organisation. */
    public Seen get(Viewer viewer, UUID id) {
        Signal signal = signals.findById(id);
        SignalAccess.Seat seat = signal == null
                ? SignalAccess.Seat.NONE
                : SignalAccess.seat(viewer, signal.raisedBy, signal.receivingOrganisation);
        if (seat == SignalAccess.Seat.NONE) {
            throw ProblemException.notFound("signal");
        }
        return new Seen(signal, seat);
    }

    /** The caller's own signals, and a coordinator's organisation's received ones; newest first. */
    public PageView<SignalView> list(Viewer viewer, SignalStatus status, int page, int size) {
        String organisation = viewer.role() == Viewer.Role.COORDINATOR ? viewer.organisation() : null;
        return signals.visibleTo(viewer.subject(), organisation, status, page, size)
                .map(s -> SignalView.of(s, SignalAccess.seat(viewer, s.raisedBy, s.receivingOrganisation)));
    }

    /** A step by a coordinator of the receiving organisation; the raiser may only read (403). */
    @Transactional
    public Seen step(Viewer viewer, UUID id, IfMatch ifMatch, SignalStep step) {
        Seen seen = get(viewer, id);
        if (seen.seat() != SignalAccess.Seat.RECEIVER) {
            throw ProblemException.forbidden("only coordinators of the receiving organisation take a signal's steps");
        }
        Signal signal = seen.signal();
        ifMatch.requireCurrent(signal.version);
        if (step.status() == SignalStatus.FEEDBACK_GIVEN) {
            if (blank(step.feedback())) {
                throw ProblemException.invalid("feedback",
                        "required with FEEDBACK_GIVEN: a short answer to the raiser");
            }
        } else if (step.feedback() != null) {
            throw ProblemException.invalid("feedback", "only with FEEDBACK_GIVEN");
        }
        if (!signal.status.canStepTo(step.status())) {
            throw ProblemException.illegalTransition("a signal goes RAISED -> PICKED_UP -> FEEDBACK_GIVEN -> CLOSED;"
                    + " from " + signal.status + " the next step is " + signal.status.next());
        }
        OffsetDateTime now = now();
        switch (step.status()) {
            case PICKED_UP -> {
                signal.pickedUpAt = now;
                signal.pickedUpBy = viewer.subject();
            }
            case FEEDBACK_GIVEN -> {
                signal.feedback = step.feedback().strip();
                signal.feedbackAt = now;
            }
            case CLOSED -> signal.closedAt = now;
            case RAISED -> throw new IllegalStateException("RAISED is never a step");
        }
        signal.status = step.status();
        signal.updatedAt = now;
        signals.flush();
        feed.publish(signal, step.status().eventType());
        return seen;
    }

    /** The coalition admin's view of the escalations: codes only. */
    public PageView<EscalatedSignalView> escalated(int page, int size) {
        return signals.escalated(page, size).map(EscalatedSignalView::of);
    }

    /** For matching-service's report: the signals raised in [from, to), codes and times only. */
    public List<SignalFact> facts(OffsetDateTime from, OffsetDateTime to) {
        return signals.raisedBetween(from, to).stream().map(SignalFact::of).toList();
    }

    public List<UUID> escalationCandidates(Instant now) {
        return signals.escalationCandidates(escalation().candidatesRaisedBefore(now).atOffset(ZoneOffset.UTC));
    }

    /** Escalates one signal when it is still due; in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean escalate(UUID id, Instant now) {
        Signal signal = signals.findById(id);
        if (signal == null || !escalation().due(signal.status, signal.raisedAt.toInstant(), signal.urgency,
                signal.escalatedAt == null ? null : signal.escalatedAt.toInstant(), now)) {
            return false;
        }
        signal.escalatedAt = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        signal.updatedAt = signal.escalatedAt;
        signals.flush();
        feed.publish(signal, SignalFeed.ESCALATED);
        Log.infof("signal %s escalated to the coalition's admin (%s, not picked up by %s)", signal.id,
                signal.urgency, signal.receivingOrganisation);
        return true;
    }

    public List<UUID> dueForErasure(OffsetDateTime closedBefore, int limit) {
        return signals.dueForErasure(closedBefore, limit);
    }

    /** Retention: erases these signals when still closed before the cut-off; in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int eraseClosed(List<UUID> ids, OffsetDateTime closedBefore) {
        int erased = 0;
        OffsetDateTime now = now();
        for (UUID id : ids) {
            Signal signal = signals.findById(id);
            if (signal != null && signal.erasedAt == null && signal.closedAt != null
                    && signal.closedAt.isBefore(closedBefore)) {
                signal.erase(now);
                erased++;
            }
        }
        return erased;
    }

    /**
     * A volunteer's erasure reaches the signals she raised, in the transaction of the feed page that tells it: they
     * forget who raised them (the receiving organisation keeps the signal and its reference).
     */
    void onVolunteerErased(@Observes MatchVolunteerErased erased) {
        List<Signal> raised = signals.raisedUnder(erased.matchId());
        OffsetDateTime now = now();
        raised.forEach(s -> s.forgetRaiser(now));
        if (!raised.isEmpty()) {
            signals.flush();
        }
    }

    /** The requester's erasure reaches the signals about them, in the same transaction. */
    void onRequesterErased(@Observes RequesterErased erased) {
        List<Signal> about = signals.aboutRequest(erased.requestId());
        OffsetDateTime now = now();
        about.forEach(s -> s.erase(now));
        if (!about.isEmpty()) {
            signals.flush();
        }
    }

    private Escalation escalation() {
        return new Escalation(config.signals().escalateAfter(), config.signals().escalateAfterUrgent());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
