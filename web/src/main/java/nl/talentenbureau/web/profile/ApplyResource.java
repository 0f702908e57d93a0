package nl.talentenbureau.web.profile;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import nl.talentenbureau.web.profile.VolunteerApi.ProfileInput;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.CatalogApi;
import nl.talentenbureau.web.shared.api.CatalogApi.Kern;
import nl.talentenbureau.web.shared.api.FormErrors;

/**
 * The application form: where a volunteer lands on the first sign-in, before there is a profile. Name and e-mail
 * are filled in from the account; the rest (week, talents) follows on the next pages. A visitor without a session
 * (an event invitation sent before the public form existed links here) goes on to the public form,
 * {@code /solliciteren}, with the link's query; the post is for a signed-in volunteer only.
 */
@Path("/aanmelden")
@Produces(MediaType.TEXT_HTML)
public class ApplyResource {

    static final List<String> LANGUAGES = List.of("nl", "en", "de", "fr", "tr", "ar");
    private static final Map<String, String> FIELDS = Map.of("name", "name", "email", "email", "phone", "phone",
            "birthYear", "birthYear", "homeKern", "homeKern", "maxTravelKm", "maxTravelKm", "languages",
            "languages");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance apply(Form form, List<Kern> kernen, List<String> languages,
                FormErrors errors);
    }

    /** The form as typed, shown again with the errors. */
    public record Form(String name, String email, String phone, String birthYear, String homeKern,
            String maxTravelKm, List<String> languages) {
    }

    private final VolunteerApi api;
    private final CatalogApi catalog;
    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    SecurityIdentity identity;

    @Inject
    ApplyResource(@RestClient VolunteerApi api, @RestClient CatalogApi catalog) {
        this.api = api;
        this.catalog = catalog;
    }

    @GET
    public Response form(@Context UriInfo uri) {
        if (identity.isAnonymous()) {
            String query = uri.getRequestUri().getRawQuery();
            return Response.seeOther(URI.create("/solliciteren" + (query == null ? "" : "?" + query))).build();
        }
        if (!identity.hasRole(Roles.VOLUNTEER)) {
            throw new ForbiddenException();
        }
        if (MyProfile.exists(api)) {
            return Response.seeOther(URI.create("/aanbod")).build();
        }
        Form form = new Form(idToken.getClaim("name"), idToken.getClaim("email"), null, null, null, "5",
                List.of("nl"));
        return Response.ok(Templates.apply(form, catalog.kernen(), LANGUAGES, FormErrors.none())).build();
    }

    @POST
    @RolesAllowed(Roles.VOLUNTEER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@FormParam("name") String name, @FormParam("email") String email,
            @FormParam("phone") String phone, @FormParam("birthYear") String birthYear,
            @FormParam("homeKern") String homeKern, @FormParam("maxTravelKm") String maxTravelKm,
            @FormParam("languages") List<String> languages) {
        List<String> spoken = languages == null ? List.of() : LANGUAGES.stream().filter(languages::contains).toList();
        Form form = new Form(name, email, phone, birthYear, homeKern, maxTravelKm, spoken);
        Integer year = Fields.integer(birthYear);
        Integer km = Fields.integer(maxTravelKm);
        List<String> missing = new ArrayList<>();
        if (Fields.blank(name)) {
            missing.add("name");
        }
        if (!Fields.blank(birthYear) && year == null) {
            missing.add("birthYear");
        }
        if (Fields.blank(homeKern)) {
            missing.add("homeKern");
        }
        if (km == null) {
            missing.add("maxTravelKm");
        }
        if (!missing.isEmpty()) {
            return Html.page(400, Templates.apply(form, catalog.kernen(), LANGUAGES,
                    FormErrors.fields(missing.toArray(String[]::new))));
        }
        try {
            api.apply(new ProfileInput(name.strip(), Fields.orNull(email), Fields.orNull(phone), year,
                    homeKern.strip(), km, spoken, List.of(), List.of(), List.of()));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return Html.page(e.status(), Templates.apply(form, catalog.kernen(), LANGUAGES, FormErrors.of(e, FIELDS)));
        }
        return Response.seeOther(URI.create("/mijn-week?gedaan=" + Flash.APPLIED.param())).build();
    }
}
