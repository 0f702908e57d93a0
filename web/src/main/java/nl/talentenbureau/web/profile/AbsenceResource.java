package nl.talentenbureau.web.profile;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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

import nl.talentenbureau.web.profile.VolunteerApi.Absence;
import nl.talentenbureau.web.profile.VolunteerApi.AbsenceInput;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;

/** Absences: a holiday from one day to another, in which no offer comes; add one, or remove one. */
@Path("/afwezigheid")
@RolesAllowed(Roles.VOLUNTEER)
@Produces(MediaType.TEXT_HTML)
public class AbsenceResource {

    private static final Map<String, String> FIELDS = Map.of("startsOn", "startsOn", "endsOn", "endsOn");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance absences(List<Absence> absences, String startsOn, String endsOn,
                LocalDate today, Flash flash, FormErrors errors);
    }

    private final VolunteerApi api;

    @Inject
    AbsenceResource(@RestClient VolunteerApi api) {
        this.api = api;
    }

    @GET
    public TemplateInstance absences(@QueryParam("gedaan") String done) {
        MyProfile.read(api);
        return Templates.absences(api.absences(), null, null, LocalDate.now(), Flash.parse(done).orElse(null),
                FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@FormParam("startsOn") String startsOn, @FormParam("endsOn") String endsOn) {
        LocalDate from = date(startsOn);
        LocalDate until = date(endsOn);
        if (from == null || until == null || until.isBefore(from)) {
            boolean badEnd = until == null || from != null && until.isBefore(from);
            return failed(400, startsOn, endsOn, FormErrors.fields(from == null ? "startsOn" : null,
                    badEnd ? "endsOn" : null));
        }
        try {
            api.addAbsence(new AbsenceInput(from, until));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return failed(e.status(), startsOn, endsOn, FormErrors.of(e, FIELDS));
        }
        return done(Flash.ABSENCE_ADDED);
    }

    @POST
    @Path("/{id}/verwijderen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") UUID id) {
        try {
            api.removeAbsence(id);
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return failed(e.status(), null, null, FormErrors.of(e, Map.of()));
        }
        return done(Flash.ABSENCE_REMOVED);
    }

    private Response failed(int status, String startsOn, String endsOn, FormErrors errors) {
        return Html.page(status, Templates.absences(api.absences(), startsOn, endsOn, LocalDate.now(), null,
                errors));
    }

    private static Response done(Flash flash) {
        return Response.seeOther(URI.create("/afwezigheid?gedaan=" + flash.param())).build();
    }

    private static LocalDate date(String value) {
        try {
            return Fields.blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
