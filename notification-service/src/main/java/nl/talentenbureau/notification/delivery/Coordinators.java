package nl.talentenbureau.notification.delivery;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

import nl.talentenbureau.notification.NotificationConfig;
import nl.talentenbureau.notification.subscription.Subscriptions;

/**
 * The coordinators of an organisation at send time: those who subscribed ({@link Subscriptions}; Keycloak's
 * Organizations admin API would need {@code manage-realm}, ADR 6), kept while they hold the realm role
 * {@code coordinator} ({@code GET /roles/coordinator/users}); one coordinator's address and language from Keycloak
 * ({@code GET /users/{id}}, attribute {@code locale}). No address is stored.
 */
@ApplicationScoped
public class Coordinators {

    static final int MAX = 1000;

    private final KeycloakAdminApi api;
    private final Subscriptions subscriptions;

    public Coordinators(NotificationConfig config, Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
        this.api = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(adminUrl(config.keycloak().realmUrl())))
                .connectTimeout(2, java.util.concurrent.TimeUnit.SECONDS)
                .readTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
                .build(KeycloakAdminApi.class);
    }

    /** {@code http://host/realms/talentenbureau} -> {@code http://host/admin/realms/talentenbureau}. */
    static String adminUrl(String realmUrl) {
        String trimmed = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        int at = trimmed.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalArgumentException("not a realm URL: " + realmUrl);
        }
        return trimmed.substring(0, at) + "/admin" + trimmed.substring(at);
    }

    /**
     * The user ids of the organisation's subscribed coordinators who still hold the realm role coordinator and are
     * enabled.
     */
    public List<String> of(String organisation) {
        List<String> subscribed = subscriptions.subjectsOf(organisation);
        if (subscribed.isEmpty()) {
            return List.of();
        }
        Set<String> coordinators = api.usersInRole("coordinator", 0, MAX).stream()
                .filter(u -> !Boolean.FALSE.equals(u.enabled())).map(KeycloakAdminApi.User::id)
                .collect(Collectors.toSet());
        return subscribed.stream().filter(coordinators::contains).toList();
    }

    /** The user ids of the coalition's admins: every enabled user with the realm role admin (no subscription). */
    public List<String> admins() {
        return api.usersInRole("admin", 0, MAX).stream().filter(u -> !Boolean.FALSE.equals(u.enabled()))
                .map(KeycloakAdminApi.User::id).toList();
    }

    /** One coordinator's (or admin's) address and language; empty when the user is gone or disabled. */
    public Optional<Person> person(String userId) {
        KeycloakAdminApi.User user = Absent.when404(() -> api.user(userId)).orElse(null);
        if (user == null || Boolean.FALSE.equals(user.enabled())) {
            return Optional.empty();
        }
        String locale = user.attributes() == null || user.attributes().get("locale") == null
                || user.attributes().get("locale").isEmpty() ? null : user.attributes().get("locale").getFirst();
        return Optional.of(new Person(user.firstName(), user.email(), locale));
    }

    /** An addressee, held only while a message is made. */
    public record Person(String name, String email, String language) {
    }
}
