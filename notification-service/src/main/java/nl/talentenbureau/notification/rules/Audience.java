package nl.talentenbureau.notification.rules;

/**
 * Who a delivery row is for. A COORDINATORS row names an organisation; at send time it becomes one COORDINATOR row
 * per coordinator of that organisation (Keycloak), each with its own exactly-once key.
 */
public enum Audience {
    VOLUNTEER,
    COORDINATORS,
    COORDINATOR,
    /**
     * Someone who applied or signed up for an event and is no volunteer (yet): recipient = the application's or
     * sign-up's id; name and address are read from volunteer-service at send time.
     */
    APPLICANT
}
