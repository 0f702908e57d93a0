package nl.talentenbureau.web.applying;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.shared.CatalogNames;
import nl.talentenbureau.web.shared.ConfirmationLink;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.ApiProblem;
import nl.talentenbureau.web.shared.api.FormErrors;
import nl.talentenbureau.web.shared.api.PublicApi;

/**
 * The application form for anyone without an account ({@code POST /api/public/applications}): to a vacancy
 * ({@code ?vacature=}), after an event ({@code ?bron=EVENT&evenement=}, the invitation's link), referred by a
 * volunteer ({@code ?bron=REFERRAL&door=}) or openly. After sending: a page that says the mail is on its way. The
 * mail's link comes back to {@code /solliciteren/bevestigen}, which asks for a button press before it confirms. The
 * signed-in volunteer's profile form is {@code /aanmelden} (web README: why two forms).
 */
@Path("/solliciteren")
@Produces(MediaType.TEXT_HTML)
public class ApplicationFormResource {

    /** The API's field to the form's (whose error sentence is {@code error_field_<form field>}). */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "name"),
            Map.entry("email", "mail"), Map.entry("phone", "phone"), Map.entry("kern", "homeKern"),
            Map.entry("motivation", "motivation"), Map.entry("consent", "consent"),
            Map.entry("vacancyId", "origin"), Map.entry("eventId", "origin"), Map.entry("referredBy", "origin"),
            Map.entry("source", "origin"));
    private static final Set<String> CONFIRMED_BEFORE = Set.of("INTAKE", "ACTIVE", "DECLINED");
    private static final ConfirmationLink LINK = new ConfirmationLink("application", Templates::confirm,
            Templates::confirmation);

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance form(Form form, Origin origin, String vacancyTitle, List<PublicApi.Kern> kernen,
                FormErrors errors);

        static native TemplateInstance sent();

        static native TemplateInstance confirm(String token);

        static native TemplateInstance confirmation(String outcome);
    }

    /** The form as typed, shown again with the errors. */
    public record Form(String name, String mail, String phone, String homeKern, String motivation, boolean consent) {
    }

    private final PublicApi api;
    private final CatalogNames names;

    @Inject
    ApplicationFormResource(@RestClient PublicApi api, CatalogNames names) {
        this.api = api;
        this.names = names;
    }

    @GET
    public Response form(@QueryParam("bron") String source, @QueryParam("vacature") String vacancy,
            @QueryParam("evenement") String event, @QueryParam("door") String referredBy) {
        Origin origin = Origin.of(source, vacancy, event, referredBy);
        String title = null;
        FormErrors errors = FormErrors.none();
        if (origin.toVacancy()) {
            try {
                title = api.vacancy(origin.vacancyId()).title();
            } catch (ApiException e) {
                if (e.status() != 404) {
                    throw e;
                }
                // closed since the link was made: say so, and the form becomes an open application
                origin = Origin.WEBSITE;
                errors = FormErrors.field("origin");
            }
        }
        Form empty = new Form(null, null, null, null, null, false);
        return Response.ok(Templates.form(empty, origin, title, kernen(), errors)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@FormParam("source") String source, @FormParam("vacancyId") String vacancy,
            @FormParam("eventId") String event, @FormParam("referredBy") String referredBy,
            @FormParam("vacancyTitle") String vacancyTitle, @FormParam("name") String name,
            @FormParam("mail") String mail, @FormParam("phone") String phone,
            @FormParam("homeKern") String homeKern, @FormParam("motivation") String motivation,
            @FormParam("consent") String consent) {
        Origin origin = Origin.of(source, vacancy, event, referredBy);
        String title = origin.toVacancy() ? vacancyTitle : null;
        Form form = new Form(name, mail, phone, homeKern, motivation, consent != null);
        List<String> missing = new ArrayList<>();
        if (blank(name)) {
            missing.add("name");
        }
        if (blank(mail) || !mail.contains("@")) {
            missing.add("mail");
        }
        if (blank(homeKern)) {
            missing.add("homeKern");
        }
        if (!form.consent()) {
            missing.add("consent");
        }
        if (!missing.isEmpty()) {
            return Html.page(400, Templates.form(form, origin, title, kernen(),
                    FormErrors.fields(missing.toArray(String[]::new))));
        }
        try {
            api.apply(new PublicApi.Application(origin.source(), origin.vacancyId(), origin.eventId(),
                    origin.referredBy(), name.strip(), mail.strip(), orNull(phone), homeKern.strip(),
                    orNull(motivation), Boolean.TRUE));
        } catch (ApiException | ProcessingException failed) {
            ApiException e = failed instanceof ApiException refused
                    ? refused
                    : new ApiException(new ApiProblem(null, null, 503, null, List.of()));
            Log.infof("the public application API answered %d (%s)", e.status(), e.problem().kind());
            FormErrors errors = FormErrors.of(e, FIELDS);
            if (errors.has("origin")) {
                // the vacancy closed or the event is gone meanwhile: the next send is an open application
                origin = Origin.WEBSITE;
                title = null;
            }
            // the person sees a sentence; a failure behind the API is "not reachable now" (503), never a 500
            return Html.page(e.status() >= 500 ? 503 : e.status(), Templates.form(form, origin, title, kernen(),
                    errors));
        }
        return Response.seeOther(URI.create("/solliciteren/verstuurd")).build();
    }

    @GET
    @Path("/verstuurd")
    public TemplateInstance sent() {
        return Templates.sent();
    }

    /**
     * The link in the application's mail: the page with the button, nothing more; a mail scanner that opens the link
     * confirms nothing ({@link ConfirmationLink}).
     */
    @GET
    @Path("/bevestigen")
    public Response confirmation(@QueryParam("token") String token) {
        return LINK.ask(token);
    }

    /**
     * The button on the mail's page. The API answers the same for a second press (CONFIRMED); an application that has
     * moved on (intake, active, declined) was confirmed before.
     */
    @POST
    @Path("/bevestigen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("token") String token) {
        return LINK.confirm(token, valid -> CONFIRMED_BEFORE.contains(api.confirm(valid).status())
                ? "already"
                : "confirmed");
    }

    private List<PublicApi.Kern> kernen() {
        return names.publicCatalog().kernen();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
