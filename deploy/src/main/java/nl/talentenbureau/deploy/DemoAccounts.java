package nl.talentenbureau.deploy;

import java.util.List;

/**
 * The demo realm's log-ins, as {@code keycloak/talentenbureau-realm.json} defines them. Demo only: every password
 * is public.
 */
public final class DemoAccounts {

    /** A person who signs in with the password grant through the public client {@link #CLI_CLIENT}. */
    public record User(String username, String password, String role, String organisation) {
    }

    /** A confidential client that signs in with client credentials. */
    public record Client(String clientId, String secret, String role, String organisation) {
    }

    public static final String CLI_CLIENT = "talentenbureau-cli";
    /** The web app's confidential client (authorization code flow with PKCE; people sign in on Keycloak's page). */
    public static final String WEB_CLIENT = "web";
    public static final String WEB_CLIENT_SECRET = "web-secret";
    public static final String AUDIENCE = "talentenbureau-api";

    public static final User COORDINATOR_WELZIJN = new User("coordinator-welzijn", "coordinator-welzijn", "coordinator",
            "welzijn-stichtse-vecht");
    public static final User COORDINATOR_HANDJEHELPEN = new User("coordinator-handjehelpen",
            "coordinator-handjehelpen", "coordinator", "handjehelpen");
    public static final User VOLUNTEER_ANNA = new User("volunteer-anna", "volunteer-anna", "volunteer", null);
    public static final User VOLUNTEER_BRAM = new User("volunteer-bram", "volunteer-bram", "volunteer", null);
    public static final User ADMIN = new User("admin", "admin", "admin", null);

    public static final Client PARTNER_HANDJEHELPEN = new Client("partner-handjehelpen", "partner-handjehelpen-secret",
            "partner", "handjehelpen");
    public static final Client PARTNER_BIBLIOTHEEK = new Client("partner-bibliotheek", "partner-bibliotheek-secret",
            "partner", "bibliotheek-angstel-vecht-en-venen");
    public static final Client MATCHING_SERVICE = new Client("matching-service", "matching-service-secret", "service",
            null);
    public static final Client REQUEST_SERVICE = new Client("request-service", "request-service-secret", "service",
            null);

    public static final Client NOTIFICATION_SERVICE = new Client("notification-service",
            "notification-service-secret", "service", null);
    /** Manages the realm's users (invitations, disabling); it reads no feed and has no realm role. */
    public static final Client VOLUNTEER_SERVICE = new Client("volunteer-service", "volunteer-service-secret", null,
            null);

    public static final List<User> USERS = List.of(COORDINATOR_WELZIJN, COORDINATOR_HANDJEHELPEN, VOLUNTEER_ANNA,
            VOLUNTEER_BRAM, ADMIN);
    public static final List<Client> CLIENTS = List.of(PARTNER_HANDJEHELPEN, PARTNER_BIBLIOTHEEK, MATCHING_SERVICE,
            REQUEST_SERVICE, NOTIFICATION_SERVICE, VOLUNTEER_SERVICE);

    /** The coalition's organisations, by alias. */
    public static final List<String> ORGANISATIONS = List.of("welzijn-stichtse-vecht", "handjehelpen",
            "bibliotheek-angstel-vecht-en-venen", "kwadraad", "leef");

    private DemoAccounts() {
    }
}
