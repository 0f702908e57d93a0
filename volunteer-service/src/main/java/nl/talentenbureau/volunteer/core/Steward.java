package nl.talentenbureau.volunteer.core;

import java.util.List;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.security.Caller;

/**
 * Who may manage a volunteer's account and notification preferences for them: an admin, or a coordinator of one of
 * the organisations the volunteer volunteers for. A plain rule; {@link #of(Caller)} reads it from the token.
 *
 * @param admin whether the caller has the role admin
 * @param organisation the caller's one organisation, null when the token binds them to none or several
 */
public record Steward(boolean admin, String organisation) {

    public static Steward of(Caller caller) {
        return new Steward(caller.isAdmin(), caller.isCoordinator() ? caller.organisation().orElse(null) : null);
    }

    public boolean manages(List<String> organisations) {
        return admin || organisation != null && organisations.contains(organisation);
    }

    /** 403 unless the caller manages a volunteer of these organisations. */
    public void requireManages(List<String> organisations) {
        if (!manages(organisations)) {
            throw ProblemException.forbidden("only a coordinator of one of the volunteer's organisations, or an admin");
        }
    }
}
