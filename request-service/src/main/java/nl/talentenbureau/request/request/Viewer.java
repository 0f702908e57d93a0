package nl.talentenbureau.request.request;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

/** Who reads or changes a request, reduced to what the rules need: a role and an organisation. */
public record Viewer(Role role, String organisation, String subject) {

    public enum Role {
        COORDINATOR,
        PARTNER,
        ADMIN,
        VOLUNTEER
    }

    public static Viewer of(Caller caller) {
        if (caller.isCoordinator()) {
            return new Viewer(Role.COORDINATOR, caller.requireOrganisation(), caller.subject());
        }
        if (caller.is(Roles.PARTNER)) {
            return new Viewer(Role.PARTNER, caller.requireOrganisation(), caller.subject());
        }
        if (caller.isAdmin()) {
            return new Viewer(Role.ADMIN, null, caller.subject());
        }
        if (caller.is(Roles.VOLUNTEER)) {
            return new Viewer(Role.VOLUNTEER, null, caller.subject());
        }
        throw ProblemException.forbidden("your role has no access to help requests");
    }

    public boolean owns(HelpRequest request) {
        return organisation != null && organisation.equals(request.organisation);
    }

    /** Contact details of the requester: coordinators of the owning organisation only. */
    public boolean seesRequester(HelpRequest request) {
        return role == Role.COORDINATOR && owns(request);
    }
}
