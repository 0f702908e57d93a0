package nl.talentenbureau.request.request;

import jakarta.inject.Singleton;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Who may see and change a help request, as plain rules over a {@link Viewer} and a loaded request (unit-tested in
 * {@code RequestAccessTest} without a database): a partner app knows only its own organisation's requests, a
 * volunteer only one they were offered (to decide on it) or hold a live match of; only the owning organisation
 * changes a request; the requester's data is for the owning organisation's coordinators and for the volunteers who
 * help, never for one who was only offered it.
 */
@Singleton
public class RequestAccess {

    private final LiveMatches liveMatches;

    public RequestAccess(LiveMatches liveMatches) {
        this.liveMatches = liveMatches;
    }

    /** 404 for a request the caller may not know about, as for one that does not exist ({@code request} null). */
    public HelpRequest visible(Viewer viewer, HelpRequest request) {
        if (request == null || (viewer.role() == Viewer.Role.VOLUNTEER && !helps(viewer, request)
                && !offered(viewer, request))
                || (viewer.role() == Viewer.Role.PARTNER && !viewer.owns(request))) {
            throw ProblemException.notFound("request");
        }
        return request;
    }

    /** Visible, and the caller writes for the organisation that owns it. */
    public HelpRequest changeable(Viewer viewer, HelpRequest request) {
        visible(viewer, request);
        requireWriter(viewer);
        if (!viewer.owns(request)) {
            throw ProblemException.forbidden("only the organisation that owns the request may change it");
        }
        return request;
    }

    /** Export and erasure of the requester's data: coordinators of the owning organisation. */
    public HelpRequest requesterDataManageable(Viewer viewer, HelpRequest request) {
        visible(viewer, request);
        if (!viewer.seesRequester(request)) {
            throw ProblemException.forbidden("the requester's data is for coordinators of the owning organisation");
        }
        return request;
    }

    public void requireWriter(Viewer viewer) {
        if (viewer.role() != Viewer.Role.COORDINATOR && viewer.role() != Viewer.Role.PARTNER) {
            throw ProblemException.forbidden("coordinators and partner apps post and change requests");
        }
    }

    /** Coordinators search the coalition's requests; a partner app only ever sees its own organisation's. */
    public RequestFilter scoped(Viewer viewer, RequestFilter filter) {
        return switch (viewer.role()) {
            case COORDINATOR, ADMIN -> filter;
            case PARTNER -> filter.forOrganisation(viewer.organisation());
            case VOLUNTEER -> throw ProblemException.forbidden("volunteers read open requests only");
        };
    }

    /** Whether the answer about this request carries the requester's contact details. */
    public boolean seesRequester(Viewer viewer, HelpRequest request) {
        return viewer.seesRequester(request) || helps(viewer, request);
    }

    /** A volunteer with an open offer of the request: they read what it is, not who asks. */
    private boolean offered(Viewer viewer, HelpRequest request) {
        return viewer.role() == Viewer.Role.VOLUNTEER && viewer.subject() != null
                && liveMatches.offered(request.id, viewer.subject());
    }

    /** A volunteer with a live (ACCEPTED or ACTIVE) match of the request: they need to reach the requester. */
    private boolean helps(Viewer viewer, HelpRequest request) {
        return viewer.role() == Viewer.Role.VOLUNTEER && viewer.subject() != null
                && liveMatches.holds(request.id, viewer.subject());
    }
}
