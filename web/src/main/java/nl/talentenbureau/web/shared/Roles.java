package nl.talentenbureau.web.shared;

import io.quarkus.security.identity.SecurityIdentity;

/** The realm roles the pages care about (read from the access token, the one the API checks). */
public final class Roles {

    public static final String VOLUNTEER = "volunteer";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";

    private Roles() {
    }

    public static boolean isCoordinator(SecurityIdentity identity) {
        return identity.hasRole(COORDINATOR) || identity.hasRole(ADMIN);
    }
}
