package nl.talentenbureau.volunteer.volunteer;

import java.util.List;

import nl.talentenbureau.platform.security.Caller;

/**
 * Who sees a volunteer's e-mail and phone (a plain rule): an admin; a coordinator of an organisation the volunteer is
 * a member of, or whose organisation has a proposed or live match with them; any coordinator when the volunteer gave
 * consent {@code CONTACT_BY_COORDINATORS}. Every other coordinator sees the pool as matching does: no contact details.
 * The volunteer themselves always sees their own (under {@code /me}, not through this rule).
 *
 * @param organisation the coordinator's organisation; null for an admin, or a token that binds to none
 */
public record ContactRule(boolean admin, boolean coordinator, String organisation) {

    public static ContactRule of(Caller caller) {
        return new ContactRule(caller.isAdmin(), caller.isCoordinator(),
                caller.isCoordinator() ? caller.organisation().orElse(null) : null);
    }

    /**
     * @param memberships the organisations the volunteer volunteers for
     * @param matchOfTheirs whether the caller's organisation has a proposed or live match with the volunteer
     * @param consent whether the volunteer gave consent {@code CONTACT_BY_COORDINATORS}
     */
    public boolean shows(List<String> memberships, boolean matchOfTheirs, boolean consent) {
        if (admin) {
            return true;
        }
        if (!coordinator) {
            return false;
        }
        return consent || organisation != null && (memberships.contains(organisation) || matchOfTheirs);
    }
}
