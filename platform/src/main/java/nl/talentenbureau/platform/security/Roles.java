package nl.talentenbureau.platform.security;

/** The realm roles of DESIGN.md, as they appear in the token's {@code realm_access.roles}. */
public final class Roles {

    public static final String COORDINATOR = "coordinator";
    public static final String VOLUNTEER = "volunteer";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
