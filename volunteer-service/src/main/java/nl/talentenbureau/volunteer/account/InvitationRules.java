package nl.talentenbureau.volunteer.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.volunteer.core.AccountProfile;

/** The rules of an invitation that need neither a database nor Keycloak. */
final class InvitationRules {

    private InvitationRules() {
    }

    /** 409 for a profile that has an account or is STOPPED; 422 for one without an e-mail address. */
    static void requireInvitable(AccountProfile profile) {
        if (profile.subject() != null) {
            throw ProblemException.conflict("this volunteer already has an account");
        }
        if (profile.stopped()) {
            throw ProblemException.conflict("a STOPPED volunteer cannot be invited");
        }
        if (profile.email() == null) {
            throw ProblemException.unprocessable("email",
                    "the profile has no e-mail address to send the invitation to");
        }
    }

    static OffsetDateTime expiresAt(OffsetDateTime sentAt, Duration lifespan) {
        return sentAt.plus(lifespan);
    }

    /** The Keycloak user of a profile: e-mail as username, the name split in first and last, enabled. */
    static KeycloakUser userFor(AccountProfile profile) {
        Name name = nameOf(profile.name());
        return new KeycloakUser(null, profile.email(), profile.email(), false, name.first(), name.last(), true,
                Map.of("volunteerId", List.of(profile.id().toString()), "locale", List.of(profile.language())));
    }

    /** The same user's details when an invitation is sent again (the profile's e-mail or name may have changed). */
    static KeycloakUser changesFor(AccountProfile profile) {
        Name name = nameOf(profile.name());
        return new KeycloakUser(null, null, profile.email(), false, name.first(), name.last(), true,
                Map.of("volunteerId", List.of(profile.id().toString()), "locale", List.of(profile.language())));
    }

    record Name(String first, String last) {
    }

    /**
     * "Anna de Vries" -> Anna / de Vries: the first word is the first name, the rest (with its tussenvoegsel) the last
     * name. One word: that word as first name and no last name (Keycloak then asks for it on its own page).
     */
    static Name nameOf(String fullName) {
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            return new Name(null, null);
        }
        int space = name.indexOf(' ');
        return space < 0 ? new Name(name, null) : new Name(name.substring(0, space), name.substring(space + 1));
    }
}
