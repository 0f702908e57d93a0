package nl.talentenbureau.web.account;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * Sign-out is a form post (so the CSRF check covers it, and no link or image can sign anybody out): it ends the
 * app's session and then Keycloak's (RP-initiated logout), which sends the person back to the welcome page.
 */
@Path("/uitloggen")
@Authenticated
public class SignOutResource {

    @Inject
    OidcSession session;
    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    OidcConfigurationMetadata provider;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance confirm();
    }

    /** Where a page without forms (an error page) links to: one button to sign out. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirm() {
        return Templates.confirm();
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Uni<Response> signOut(UriInfo uri) {
        URI home = uri.getBaseUriBuilder().replacePath("/").replaceQuery(null).build();
        String idTokenHint = idToken.getRawToken();
        URI next = provider.getEndSessionUri() == null
                ? home
                : UriBuilder.fromUri(provider.getEndSessionUri()).queryParam("id_token_hint", idTokenHint)
                        .queryParam("post_logout_redirect_uri", home).build();
        return session.logout().map(ignored -> Response.seeOther(next).build());
    }
}
