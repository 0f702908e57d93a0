package nl.talentenbureau.web.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * While Keycloak does not answer ({@link IdentityProviderProbe}), a request that would have to sign in gets the app's
 * own "sign-in is not possible now" page (503) instead of a redirect to Keycloak that the browser cannot follow.
 * A Vert.x filter just before the authentication handler, because that handler sends the redirect before any page
 * runs; it reads the probe's last answer only, so it never waits for Keycloak. "Would have to sign in" is a path that
 * is not public and a request without a session cookie: that is a first visit, and also the way back from Keycloak
 * with a code that could not be exchanged now. A request with a session goes on as before, so a signed-in person
 * keeps working with the tokens they have (quarkus-oidc checks them with the keys it already holds).
 */
@ApplicationScoped
public class SignInGate {

    /** After CORS, before authentication. */
    static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 50;
    static final String SESSION_COOKIE = "q_session";

    private final IdentityProviderProbe probe;
    private final PublicPaths publicPaths;

    @Inject
    SignInGate(IdentityProviderProbe probe,
            @ConfigProperty(name = "quarkus.http.auth.permission.public.paths") List<String> publicPaths) {
        this.probe = probe;
        this.publicPaths = new PublicPaths(publicPaths);
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext context) {
        if (!probe.reachable() && wouldSignIn(context)) {
            // a public page; with the way back, so that once Keycloak answers it leads where the person was going
            context.reroute(HttpMethod.GET, SignInUnavailableResource.PATH + "?" + SignInUnavailableResource.BACK + "="
                    + URLEncoder.encode(context.request().uri(), StandardCharsets.UTF_8));
            return;
        }
        context.next();
    }

    private boolean wouldSignIn(RoutingContext context) {
        if (publicPaths.contains(context.normalizedPath())) {
            return false;
        }
        return context.request().cookieMap().keySet().stream().noneMatch(name -> name.startsWith(SESSION_COOKIE));
    }
}
