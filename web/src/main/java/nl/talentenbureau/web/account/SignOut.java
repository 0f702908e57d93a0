package nl.talentenbureau.web.account;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.smallrye.mutiny.Uni;

/** Ends the app's session and then Keycloak's (RP-initiated logout), which sends the person to the welcome page. */
@RequestScoped
public class SignOut {

    @Inject
    OidcSession session;
    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    OidcConfigurationMetadata provider;

    public Uni<Response> everywhere(UriInfo uri) {
        URI home = uri.getBaseUriBuilder().replacePath("/").replaceQuery(null).build();
        String idTokenHint = idToken.getRawToken();
        URI next = provider.getEndSessionUri() == null
                ? home
                : UriBuilder.fromUri(provider.getEndSessionUri()).queryParam("id_token_hint", idTokenHint)
                        .queryParam("post_logout_redirect_uri", home).build();
        return session.logout().map(ignored -> Response.seeOther(next).build());
    }
}
