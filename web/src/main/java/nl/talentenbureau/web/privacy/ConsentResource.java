package nl.talentenbureau.web.privacy;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.profile.MyProfile;
import nl.talentenbureau.web.profile.VolunteerApi;
import nl.talentenbureau.web.profile.VolunteerApi.Consent;
import nl.talentenbureau.web.profile.VolunteerApi.Volunteer;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;

/** Consents, one per purpose: what each means in plain words, whether it is given, and one button to change it. */
@Path("/toestemmingen")
@RolesAllowed(Roles.VOLUNTEER)
@Produces(MediaType.TEXT_HTML)
public class ConsentResource {

    static final List<String> PURPOSES = List.of("MATCHING", "CONTACT_BY_COORDINATORS", "IMPACT_RESEARCH",
            "NEWSLETTER");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance consents(List<Row> rows, Flash flash, FormErrors errors);
    }

    /** A purpose and its consent now (null: never asked). */
    public record Row(String purpose, Consent consent) {

        public boolean active() {
            return consent != null && consent.active();
        }
    }

    private final VolunteerApi api;

    @Inject
    ConsentResource(@RestClient VolunteerApi api) {
        this.api = api;
    }

    @GET
    public TemplateInstance consents(@QueryParam("gedaan") String done) {
        return page(Flash.parse(done).orElse(null), FormErrors.none());
    }

    @POST
    @Path("/{purpose}/geven")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response give(@PathParam("purpose") String purpose) {
        return change(purpose, true);
    }

    @POST
    @Path("/{purpose}/intrekken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("purpose") String purpose) {
        return change(purpose, false);
    }

    private Response change(String purpose, boolean give) {
        if (!PURPOSES.contains(purpose)) {
            return Html.page(404, Templates.consents(List.of(), null, FormErrors.field("purpose")));
        }
        try {
            if (give) {
                api.give(purpose);
            } else {
                api.withdraw(purpose);
            }
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return Html.page(e.status(), page(null, FormErrors.of(e, java.util.Map.of())));
        }
        Flash flash = give ? Flash.CONSENT_GIVEN : Flash.CONSENT_WITHDRAWN;
        return Response.seeOther(URI.create("/toestemmingen?gedaan=" + flash.param() + "#consent-" + purpose))
                .build();
    }

    private TemplateInstance page(Flash flash, FormErrors errors) {
        Volunteer me = MyProfile.read(api);
        List<Row> rows = PURPOSES.stream().map(purpose -> new Row(purpose, me.consents().stream()
                .filter(c -> purpose.equals(c.purpose())).findFirst().orElse(null))).toList();
        return Templates.consents(rows, flash, errors);
    }
}
