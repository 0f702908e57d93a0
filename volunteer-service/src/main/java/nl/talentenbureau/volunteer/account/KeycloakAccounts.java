package nl.talentenbureau.volunteer.account;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.volunteer.VolunteerConfig;

/**
 * The Keycloak users of the realm, through its admin REST API, with timeouts. Every failure to reach Keycloak, or an
 * answer it should not give, is 503 {@code service-unavailable}: the operation that called rolls back. Never logs an
 * e-mail address or a name.
 */
@ApplicationScoped
public class KeycloakAccounts {

    /** What the invitation link asks: set a password on Keycloak's own page (following the link verifies the e-mail). */
    static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD");

    private final KeycloakAdminApi api;
    private final String adminUrl;

    public KeycloakAccounts(VolunteerConfig config, @ConfigProperty(name = "oidc.realm-url") String realmUrl) {
        this.adminUrl = config.accounts().adminUrl().orElseGet(() -> adminUrlOf(realmUrl));
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(adminUrl))
                .connectTimeout(config.accounts().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.accounts().readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(KeycloakAdminApi.class);
    }

    /** {@code http://host/realms/talentenbureau} -> {@code http://host/admin/realms/talentenbureau}. */
    static String adminUrlOf(String realmUrl) {
        String url = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        int realms = url.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalArgumentException(
                    "oidc.realm-url does not end in /realms/<realm>: set KEYCLOAK_ADMIN_URL");
        }
        return url.substring(0, realms) + "/admin" + url.substring(realms);
    }

    /** Whether some user of the realm has this e-mail address (exact match). */
    public boolean emailTaken(String email) {
        return call("search users", () -> !api.byEmail(email, true, true).isEmpty());
    }

    /** Creates the user; answers its id. 409 when Keycloak has a user with that username or e-mail already. */
    String create(KeycloakUser user) {
        return call("create user", () -> {
            try (Response response = api.create(user)) {
                URI location = response.getLocation();
                if (response.getStatus() != 201 || location == null) {
                    throw unavailable("create user answered " + response.getStatus() + " without Location", null);
                }
                String path = location.getPath();
                return path.substring(path.lastIndexOf('/') + 1);
            }
        });
    }

    /** Changes the fields sent. 409 when the e-mail is taken by another user. */
    void update(String userId, KeycloakUser user) {
        call("update user", () -> {
            api.update(userId, user);
            return null;
        });
    }

    /** Keycloak mails the user the invitation link: set a password, valid for {@code lifespan}. */
    void sendInvitation(String userId, Duration lifespan) {
        call("execute-actions-email", () -> {
            api.executeActionsEmail(userId, lifespan.toSeconds(), INVITATION_ACTIONS);
            return null;
        });
    }

    /** Enables or disables sign-in; a user Keycloak no longer has is left alone. */
    void setEnabled(String userId, boolean enabled) {
        call(enabled ? "enable user" : "disable user", () -> {
            try {
                api.update(userId, KeycloakUser.enabled(enabled));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != 404) {
                    throw e;
                }
                Log.infof("Keycloak has no user %s any more; nothing to %s", userId, enabled ? "enable" : "disable");
            }
            return null;
        });
    }

    /** Removes the user; one Keycloak no longer has is fine. */
    void delete(String userId) {
        call("delete user", () -> {
            try {
                api.delete(userId);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != 404) {
                    throw e;
                }
            }
            return null;
        });
    }

    /** Deletes a user just made for an operation that failed afterwards; a failure here is only logged. */
    void deleteQuietly(String userId) {
        try {
            delete(userId);
        } catch (RuntimeException e) {
            Log.warnf("could not remove Keycloak user %s after a failed invitation: %s", userId, e.getMessage());
        }
    }

    private <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            throw e;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409) {
                throw ProblemException.conflict("Keycloak already has a user with this e-mail address");
            }
            throw unavailable(what + " answered " + status, e);
        } catch (RuntimeException e) {
            throw unavailable(what + " failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private ProblemException unavailable(String cause, Exception e) {
        Log.warnf("Keycloak admin API (%s): %s", adminUrl, cause);
        return new ProblemException(ProblemKind.SERVICE_UNAVAILABLE,
                "the account service (Keycloak) cannot be reached; nothing was changed, retry later");
    }
}
