package nl.talentenbureau.request.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.problem.Problem;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.request.catalog.Catalog;
import nl.talentenbureau.request.requester.RequesterService;
import nl.talentenbureau.request.requester.RequesterView;
import nl.talentenbureau.request.webhook.WebhookService;

/**
 * The help request: intake, reading by role, changes with optimistic locking, status steps, expiry and the
 * erasure of the requester's data.
 */
@ApplicationScoped
public class RequestService {

    private final RequestRepository requests;
    private final RequesterService requesters;
    private final RequestFeed feed;
    private final Catalog catalog;
    private final WebhookService webhooks;
    private final LiveMatches liveMatches;

    public RequestService(RequestRepository requests, RequesterService requesters, RequestFeed feed,
            Catalog catalog, WebhookService webhooks, LiveMatches liveMatches) {
        this.requests = requests;
        this.requesters = requesters;
        this.feed = feed;
        this.catalog = catalog;
        this.webhooks = webhooks;
        this.liveMatches = liveMatches;
    }

    /** A coordinator or partner app posts a request for its own organisation (taken from the token). */
    @Transactional
    public RequestDetails create(Viewer viewer, RequestInput input) {
        requireWriter(viewer);
        check(input);
        HelpRequest request = new HelpRequest();
        request.id = UUID.randomUUID();
        request.organisation = viewer.organisation();
        request.status = RequestStatus.OPEN;
        request.createdBy = viewer.subject();
        request.createdAt = OffsetDateTime.now();
        request.updatedAt = request.createdAt;
        apply(request, input);
        request.requesterKey = requesters.keyOf(input.requester());
        requests.persist(request);
        requesters.store(request.id, input.requester());
        return published(viewer, request, "RequestOpened");
    }

    public RequestDetails details(Viewer viewer, UUID id) {
        return detailsOf(viewer, requireVisible(viewer, id));
    }

    /** Coordinators search the coalition's requests; a partner app only ever sees its own organisation's. */
    public PageView<HelpRequest> search(Viewer viewer, RequestFilter filter, int page, int size) {
        RequestFilter scoped = switch (viewer.role()) {
            case COORDINATOR, ADMIN -> filter;
            case PARTNER -> filter.forOrganisation(viewer.organisation());
            case VOLUNTEER -> throw ProblemException.forbidden("volunteers read open requests only");
        };
        return requests.search(scoped, page, size);
    }

    /** What volunteers may browse: OPEN requests only. */
    public PageView<HelpRequest> openRequests(String kern, String theme, int page, int size) {
        return requests.search(new RequestFilter(RequestStatus.OPEN, kern, theme, null, null, null, null), page,
                size);
    }

    public HelpRequest openRequest(UUID id) {
        HelpRequest request = requests.findById(id);
        if (request == null || request.status != RequestStatus.OPEN) {
            throw ProblemException.notFound("open request");
        }
        return request;
    }

    /** Replaces what the client owns while the request is still OPEN. */
    @Transactional
    public RequestDetails replace(Viewer viewer, UUID id, IfMatch ifMatch, RequestInput input) {
        HelpRequest request = requireChangeable(viewer, id);
        ifMatch.requireCurrent(request.version);
        if (request.status != RequestStatus.OPEN) {
            throw ProblemException.conflict("a request can be changed while it is OPEN; it is " + request.status);
        }
        check(input);
        apply(request, input);
        request.requesterKey = requesters.keyOf(input.requester());
        requesters.store(request.id, input.requester());
        request.updatedAt = OffsetDateTime.now();
        return published(viewer, request, "RequestUpdated");
    }

    /**
     * A status step by a person: coordinators of the owning organisation step MATCHED / IN_PROGRESS / COMPLETED
     * (until the matching feed does) and cancel; the owning partner app may only cancel. EXPIRED is the job's.
     */
    @Transactional
    public RequestDetails step(Viewer viewer, UUID id, RequestStatus target, IfMatch ifMatch) {
        HelpRequest request = requireChangeable(viewer, id);
        ifMatch.requireCurrent(request.version);
        if (target == RequestStatus.EXPIRED) {
            throw ProblemException.illegalTransition("requests expire by themselves, past their due date");
        }
        if (viewer.role() == Viewer.Role.PARTNER && target != RequestStatus.CANCELLED) {
            throw ProblemException.forbidden("a partner app can cancel its request; other steps are coordinators'");
        }
        return stepped(viewer, request, target);
    }

    /**
     * The matching feed moved the matches of a request: take the steps {@link MatchProgress} names, each through the
     * same path as a manual step (outbox event, partner webhook). A step that does not fit the current status (a
     * coordinator stepped by hand, the request was cancelled) is skipped, never an error that would block the feed.
     *
     * @return the steps taken
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RequestStatus> followMatches(UUID id, MatchTally tally) {
        HelpRequest request = requests.findById(id);
        if (request == null) {
            return List.of();
        }
        List<RequestStatus> taken = new ArrayList<>();
        for (RequestStatus target : MatchProgress.steps(request.status, request.volunteersNeeded, tally)) {
            if (!request.status.canFollowMatchesTo(target)) {
                break;
            }
            stepped(null, request, target, true);
            taken.add(target);
        }
        return taken;
    }

    /** The expiry job's step; a request that moved on in the meantime is left alone. */
    @Transactional
    public boolean expire(UUID id, LocalDate today, OffsetDateTime createdBefore) {
        HelpRequest request = requests.findById(id);
        if (request == null || !request.status.canStepTo(RequestStatus.EXPIRED)) {
            return false;
        }
        boolean pastDue = request.dueDate != null && request.dueDate.isBefore(today);
        boolean tooOld = request.status == RequestStatus.OPEN && request.createdAt.isBefore(createdBefore);
        if (!pastDue && !tooOld) {
            return false;
        }
        stepped(null, request, RequestStatus.EXPIRED);
        return true;
    }

    public List<UUID> dueForExpiry(LocalDate today, OffsetDateTime createdBefore) {
        return requests.dueForExpiry(today, createdBefore);
    }

    public List<UUID> endedBefore(OffsetDateTime cutoff) {
        return requests.endedBefore(cutoff);
    }

    /** Retention: erase the personal data of requesters whose requests ended long enough ago. */
    @Transactional
    public int eraseRequestersOf(List<UUID> requestIds) {
        int erased = 0;
        for (UUID id : requestIds) {
            if (requesters.erase(id)) {
                forgetRequesterKey(requests.findById(id));
                erased++;
            }
        }
        return erased;
    }

    /** Export for one requester: coordinators of the owning organisation. */
    public RequestDetails export(Viewer viewer, UUID id) {
        HelpRequest request = requireOwnedByCoordinator(viewer, id);
        RequesterView requester = requesters.of(request.id)
                .orElseThrow(() -> ProblemException.notFound("requester data of this request"));
        return new RequestDetails(request, requester);
    }

    /** Erasure on request, before the retention period is over. */
    @Transactional
    public void eraseRequester(Viewer viewer, UUID id) {
        HelpRequest request = requireOwnedByCoordinator(viewer, id);
        if (requesters.of(request.id).isEmpty()) {
            throw ProblemException.notFound("requester data of this request");
        }
        requesters.erase(request.id);
        forgetRequesterKey(request);
    }

    /** The feed summary a consumer compares its projection with (README, "Projection checksum"). */
    public FeedSummary feedSummary() {
        return requests.feedSummary();
    }

    /**
     * Erasure also drops the pseudonymous key, and the feed says so: a consumer then forgets which requests were of
     * the same person. The event carries no personal data, so it is written like any other change.
     */
    private void forgetRequesterKey(HelpRequest request) {
        if (request == null || request.requesterKey == null) {
            return;
        }
        request.requesterKey = null;
        request.updatedAt = OffsetDateTime.now();
        published(null, request, "RequestUpdated");
    }

    private RequestDetails stepped(Viewer viewer, HelpRequest request, RequestStatus target) {
        return stepped(viewer, request, target, false);
    }

    private RequestDetails stepped(Viewer viewer, HelpRequest request, RequestStatus target, boolean byMatches) {
        RequestStatus from = request.status;
        if (byMatches ? !from.canFollowMatchesTo(target) : !from.canStepTo(target)) {
            throw ProblemException.illegalTransition(
                    "a request cannot go from " + from + " to " + target + "; allowed: " + from.next());
        }
        request.status = target;
        request.updatedAt = OffsetDateTime.now();
        if (target.ended()) {
            request.endedAt = request.updatedAt;
        }
        requests.flush();
        webhooks.statusChanged(request.organisation, request.id, from.name(), target.name(), request.updatedAt);
        Log.infof("request %s: %s -> %s", request.id, from, target);
        return published(viewer, request, RequestFeed.eventFor(target));
    }

    /** Reads back what is about to commit, then writes the event: the outbox insert must be the last write. */
    private RequestDetails published(Viewer viewer, HelpRequest request, String eventType) {
        requests.flush();
        RequestDetails details = viewer == null ? new RequestDetails(request, null) : detailsOf(viewer, request);
        feed.publish(request, eventType);
        return details;
    }

    private RequestDetails detailsOf(Viewer viewer, HelpRequest request) {
        RequesterView requester = viewer.seesRequester(request) || helps(viewer, request)
                ? requesters.of(request.id).orElse(null)
                : null;
        return new RequestDetails(request, requester);
    }

    /** A volunteer with a live (ACCEPTED or ACTIVE) match of the request: they need to reach the requester. */
    private boolean helps(Viewer viewer, HelpRequest request) {
        return viewer.role() == Viewer.Role.VOLUNTEER && viewer.subject() != null
                && liveMatches.holds(request.id, viewer.subject());
    }

    /**
     * 404 for a request the caller may not know about: a partner app sees only its own organisation's, a volunteer
     * only one they hold a live match of.
     */
    private HelpRequest requireVisible(Viewer viewer, UUID id) {
        HelpRequest request = requests.findById(id);
        if (request == null || (viewer.role() == Viewer.Role.VOLUNTEER && !helps(viewer, request))
                || (viewer.role() == Viewer.Role.PARTNER && !viewer.owns(request))) {
            throw ProblemException.notFound("request");
        }
        return request;
    }

    private HelpRequest requireChangeable(Viewer viewer, UUID id) {
        HelpRequest request = requireVisible(viewer, id);
        requireWriter(viewer);
        if (!viewer.owns(request)) {
            throw ProblemException.forbidden("only the organisation that owns the request may change it");
        }
        return request;
    }

    private HelpRequest requireOwnedByCoordinator(Viewer viewer, UUID id) {
        HelpRequest request = requireVisible(viewer, id);
        if (!viewer.seesRequester(request)) {
            throw ProblemException.forbidden("the requester's data is for coordinators of the owning organisation");
        }
        return request;
    }

    private static void requireWriter(Viewer viewer) {
        if (viewer.role() != Viewer.Role.COORDINATOR && viewer.role() != Viewer.Role.PARTNER) {
            throw ProblemException.forbidden("coordinators and partner apps post and change requests");
        }
    }

    /** Shape rules first (400), then every code against the catalogue (422). */
    private void check(RequestInput input) {
        List<Problem.FieldError> errors = new ArrayList<>(ScheduleRules.check(input.schedule()));
        if (input.requesterKind() == RequesterKind.SENIOR && input.requester() == null) {
            errors.add(new Problem.FieldError("requester", "is needed for a SENIOR's request"));
        }
        distinct(errors, "languages", orEmpty(input.languages()));
        distinct(errors, "trainings", orEmpty(input.trainings()));
        distinct(errors, "talents", orEmpty(input.talents()).stream().map(TalentRequirement::code).toList());
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemKind.VALIDATION_FAILED,
                    errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                            .orElseThrow(),
                    errors);
        }
        catalog.checkKern("kern", input.kern());
        catalog.checkTheme("theme", input.theme());
        List<TalentRequirement> talents = orEmpty(input.talents());
        for (int i = 0; i < talents.size(); i++) {
            catalog.checkTalent("talents[" + i + "].code", talents.get(i).code());
        }
        List<String> trainings = orEmpty(input.trainings());
        for (int i = 0; i < trainings.size(); i++) {
            catalog.checkTraining("trainings[" + i + "]", trainings.get(i));
        }
    }

    private static void apply(HelpRequest request, RequestInput input) {
        request.requesterKind = input.requesterKind();
        request.title = input.title().strip();
        request.description = input.description() == null || input.description().isBlank()
                ? null
                : input.description().strip();
        request.theme = input.theme();
        request.kern = input.kern();
        TreeMap<String, Integer> talents = new TreeMap<>();
        orEmpty(input.talents()).forEach(t -> talents.put(t.code(), t.minLevel()));
        if (!request.talents.equals(talents)) {
            request.talents.clear();
            request.talents.putAll(talents);
        }
        request.languages = new ArrayList<>(orEmpty(input.languages()));
        request.languageRequired = Boolean.TRUE.equals(input.languageRequired());
        request.vogRequired = Boolean.TRUE.equals(input.vogRequired());
        request.trainings = new ArrayList<>(orEmpty(input.trainings()));
        request.volunteersNeeded = input.volunteersNeeded();
        Schedule schedule = input.schedule();
        request.scheduleType = schedule.type();
        request.oneOffDate = schedule.date();
        request.dayParts = new ArrayList<>(orEmpty(schedule.dayParts()).stream().map(Enum::name).toList());
        request.slots = new ArrayList<>(orEmpty(schedule.slots()).stream().map(Enum::name).toList());
        request.startsOn = schedule.startsOn();
        request.endsOn = schedule.endsOn();
        request.hoursPerTime = schedule.hoursPerTime();
        request.urgency = input.urgency();
        request.dueDate = input.dueDate();
        request.autoOfferNext = Boolean.TRUE.equals(input.autoOfferNext());
    }

    private static void distinct(List<Problem.FieldError> errors, String field, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "'" + values.get(i) + "' is listed twice"));
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
