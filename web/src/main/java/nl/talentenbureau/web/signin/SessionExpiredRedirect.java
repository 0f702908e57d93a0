package nl.talentenbureau.web.signin;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;

/**
 * A session whose tokens expired and could not be refreshed (Keycloak did not answer, or the refresh token expired
 * too) goes to {@link SignInUnavailableResource} ({@code quarkus.oidc.authentication.session-expired-path}) with the
 * page the person asked for as {@code terug}: the page signs them in again there when Keycloak answers, as the
 * challenge quarkus-oidc would otherwise have sent, and says "not possible now" when it does not.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.SESSION_EXPIRED_PAGE)
public class SessionExpiredRedirect implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        String uri = context.routingContext().request().uri();
        context.additionalQueryParams().add(SignInUnavailableResource.BACK, uri == null ? "/" : uri);
    }
}
