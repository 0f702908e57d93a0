package nl.talentenbureau.web.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.profile.MyProfile;
import nl.talentenbureau.web.profile.VolunteerApi;
import nl.talentenbureau.web.shared.Roles;

/**
 * My data: what is kept and a download of all of it (the API's export, as a file). Nothing is kept here: the file
 * goes from the API to the browser, with {@code no-store} so no cache on the way keeps a copy.
 */
@Path("/mijn-gegevens")
@RolesAllowed(Roles.VOLUNTEER)
public class MyDataResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance myData();
    }

    private final VolunteerApi api;

    @Inject
    MyDataResource(@RestClient VolunteerApi api) {
        this.api = api;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance myData() {
        MyProfile.read(api);
        return Templates.myData();
    }

    @GET
    @Path("/download")
    @Produces(MediaType.APPLICATION_JSON)
    public Response download() {
        return Response.ok(api.export(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"mijn-gegevens.json\"")
                .header("Cache-Control", "no-store").build();
    }
}
