package nl.talentenbureau.web.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

import nl.talentenbureau.web.profile.VolunteerApi;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;

/**
 * Deleting the account: a clear warning of what it does and cannot undo, a box to tick to confirm, then the API
 * erases the profile and the person is signed out everywhere.
 */
@Path("/account-verwijderen")
@RolesAllowed(Roles.VOLUNTEER)
public class DeleteAccountResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance confirm(FormErrors errors);
    }

    private final VolunteerApi api;
    private final SignOut signOut;

    @Inject
    DeleteAccountResource(@RestClient VolunteerApi api, SignOut signOut) {
        this.api = api;
        this.signOut = signOut;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirm() {
        return Templates.confirm(FormErrors.none());
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> delete(@FormParam("confirm") String confirm, UriInfo uri) {
        if (!"yes".equals(confirm)) {
            return Uni.createFrom().item(Html.page(400, Templates.confirm(FormErrors.field("confirm"))));
        }
        try {
            api.erase();
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return Uni.createFrom().item(Html.page(e.status(), Templates.confirm(FormErrors.of(e,
                    java.util.Map.of()))));
        }
        return signOut.everywhere(uri);
    }
}
