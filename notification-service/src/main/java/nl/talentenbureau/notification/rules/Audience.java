package nl.talentenbureau.notification.rules;

/**
 * Who a delivery row is for. A COORDINATORS row names an organisation; at send time it becomes one COORDINATOR row
 * per coordinator of that organisation (Keycloak), each with its own exactly-once key.
 */
public enum Audience {
    VOLUNTEER,
    COORDINATORS,
    COORDINATOR
}
