package nl.talentenbureau.web.home;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import nl.talentenbureau.web.shared.Roles;

/** The front door: a welcome page with "Inloggen" for a visitor; a signed-in person goes to their own start page. */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance welcome();

        static native TemplateInstance noRole();
    }

    private final SecurityIdentity identity;

    @Inject
    HomeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        if (identity.isAnonymous()) {
            return Response.ok(Templates.welcome()).build();
        }
        return Response.seeOther(URI.create(startPage(identity))).build();
    }

    /** Signing in is asking for a page that needs it; after Keycloak the person lands here and goes on to theirs. */
    @GET
    @Path("inloggen")
    @Authenticated
    public Response signIn() {
        return Response.seeOther(URI.create("/")).build();
    }

    static String startPage(SecurityIdentity identity) {
        if (Roles.isCoordinator(identity)) {
            return "/coordinator";
        }
        if (identity.hasRole(Roles.VOLUNTEER)) {
            return "/aanbod";
        }
        return "/geen-rol";
    }

    /** Signed in, but with neither role (a partner's account, say): say so instead of a loop of redirects. */
    @GET
    @Path("geen-rol")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance noRole() {
        return Templates.noRole();
    }
}
