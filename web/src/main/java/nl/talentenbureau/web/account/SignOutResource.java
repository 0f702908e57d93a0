package nl.talentenbureau.web.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
    SignOut signOut;

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
        return signOut.everywhere(uri);
    }
}
