package nl.talentenbureau.web.profile;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.profile.VolunteerApi.Volunteer;
import nl.talentenbureau.web.shared.ETag;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;

/**
 * My week: the 21 slots to tick, saved with If-Match. When someone else saved the profile in the meantime (412), the
 * page reads it again, keeps the volunteer's own ticks on top and says what changed, instead of an error.
 */
@Path("/mijn-week")
@RolesAllowed(Roles.VOLUNTEER)
@Produces(MediaType.TEXT_HTML)
public class WeekResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance week(List<WeekGrid.Day> days, List<String> ticked, long version, Flash flash,
                FormErrors errors, WeekGrid.Changes changes);
    }

    private final VolunteerApi api;

    @Inject
    WeekResource(@RestClient VolunteerApi api) {
        this.api = api;
    }

    @GET
    public TemplateInstance week(@QueryParam("gedaan") String done) {
        Volunteer me = MyProfile.read(api);
        return Templates.week(WeekGrid.days(), WeekGrid.clean(me.availability()), me.version(),
                Flash.parse(done).orElse(null), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("version") long version, @FormParam("read") String read,
            @FormParam("slot") List<String> slots) {
        List<String> wanted = WeekGrid.clean(slots);
        Volunteer me = MyProfile.read(api);
        try {
            api.replace(ETag.ifMatch(version), me.input().withAvailability(wanted));
        } catch (ApiException e) {
            if (e.status() == 412) {
                return stale(read, wanted);
            }
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return Html.page(e.status(), Templates.week(WeekGrid.days(), wanted, version, null,
                    FormErrors.of(e, java.util.Map.of()), null));
        }
        return Response.seeOther(URI.create("/mijn-week?gedaan=" + Flash.WEEK_SAVED.param())).build();
    }

    private Response stale(String read, List<String> wanted) {
        Volunteer now = api.me();
        List<String> before = read == null || read.isBlank() ? List.of() : Arrays.asList(read.split(","));
        WeekGrid.Changes changes = WeekGrid.changes(WeekGrid.clean(before), WeekGrid.clean(now.availability()));
        List<String> merged = WeekGrid.merge(WeekGrid.clean(before), wanted, WeekGrid.clean(now.availability()));
        return Html.page(409, Templates.week(WeekGrid.days(), merged, now.version(), null, FormErrors.none(),
                changes));
    }
}
