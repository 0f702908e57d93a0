package nl.talentenbureau.notification.rules;

/**
 * Who a delivery row is for. A COORDINATORS row names an organisation; at send time it becomes one COORDINATOR row
 * per coordinator of that organisation (Keycloak), each with its own exactly-once key. An ADMINS row becomes one
 * COORDINATOR row (a staff member reached through Keycloak) per enabled holder of the realm role {@code admin}.
 */
public enum Audience {
    VOLUNTEER,
    /** The coalition's admins: every enabled user with the realm role admin, at send time. */
    ADMINS,
    COORDINATORS,
    COORDINATOR,
    /**
     * Someone who applied or signed up for an event and is no volunteer (yet): recipient = the application's or
     * sign-up's id; name and address are read from volunteer-service at send time.
     */
    APPLICANT
}
