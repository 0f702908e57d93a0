package nl.talentenbureau.request.request;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Reading help requests, as each viewer may: one request, the coordinators' and partner apps' search, the open
 * requests volunteers browse. Changes are the jobs of {@link RequestIntake}, {@link RequestLifecycle} and
 * {@link RequesterPrivacy}; the rules of who sees what are {@link RequestAccess}'s.
 */
@ApplicationScoped
public class RequestService {

    private final RequestRepository requests;
    private final RequestAccess access;
    private final RequestAnswers answers;

    public RequestService(RequestRepository requests, RequestAccess access, RequestAnswers answers) {
        this.requests = requests;
        this.access = access;
        this.answers = answers;
    }

    public RequestDetails details(Viewer viewer, UUID id) {
        return answers.of(viewer, access.visible(viewer, requests.findById(id)));
    }

    /** Coordinators search the coalition's requests; a partner app only ever sees its own organisation's. */
    public PageView<HelpRequest> search(Viewer viewer, RequestFilter filter, int page, int size) {
        return requests.search(access.scoped(viewer, filter), page, size);
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

    /** The owner and kern of a request, for a signal about its requester; empty when there is no such request. */
    public Optional<RequestReference> reference(UUID id) {
        HelpRequest request = requests.findById(id);
        return request == null
                ? Optional.empty()
                : Optional.of(new RequestReference(request.id, request.organisation, request.kern, request.theme));
    }

    /** The feed summary a consumer compares its projection with (README, "Projection checksum"). */
    public FeedSummary feedSummary() {
        return requests.feedSummary();
    }
}
