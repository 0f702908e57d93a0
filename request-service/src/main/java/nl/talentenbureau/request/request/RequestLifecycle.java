package nl.talentenbureau.request.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.request.webhook.WebhookService;

/**
 * Status steps, whoever takes them: a person ({@link #step}), the matching feed ({@link #followMatches}) or the
 * expiry job ({@link #expire}). Every step goes the same way: the rule of {@link RequestStatus}, the partner's
 * webhook, the outbox event.
 */
@ApplicationScoped
public class RequestLifecycle {

    private final RequestRepository requests;
    private final WebhookService webhooks;
    private final RequestAccess access;
    private final RequestAnswers answers;

    public RequestLifecycle(RequestRepository requests, WebhookService webhooks, RequestAccess access,
            RequestAnswers answers) {
        this.requests = requests;
        this.webhooks = webhooks;
        this.access = access;
        this.answers = answers;
    }

    /**
     * A status step by a person: coordinators of the owning organisation step MATCHED / IN_PROGRESS / COMPLETED
     * (until the matching feed does) and cancel; the owning partner app may only cancel. EXPIRED is the job's.
     */
    @Transactional
    public RequestDetails step(Viewer viewer, UUID id, RequestStatus target, IfMatch ifMatch) {
        HelpRequest request = access.changeable(viewer, requests.findById(id));
        ifMatch.requireCurrent(request.version);
        if (target == RequestStatus.EXPIRED) {
            throw ProblemException.illegalTransition("requests expire by themselves, past their due date");
        }
        if (viewer.role() == Viewer.Role.PARTNER && target != RequestStatus.CANCELLED) {
            throw ProblemException.forbidden("a partner app can cancel its request; other steps are coordinators'");
        }
        return stepped(viewer, request, target, false);
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

    /** The expiry job's step, re-checked in its own transaction: a request that moved on is left alone. */
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
        stepped(null, request, RequestStatus.EXPIRED, false);
        return true;
    }

    public List<UUID> dueForExpiry(LocalDate today, OffsetDateTime createdBefore) {
        return requests.dueForExpiry(today, createdBefore);
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
        return answers.published(viewer, request, RequestFeed.eventFor(target));
    }
}
