package nl.talentenbureau.web.volunteers;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.profile.WeekGrid;
import nl.talentenbureau.web.shared.ETag;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.ApiPage;
import nl.talentenbureau.web.shared.api.CatalogApi;
import nl.talentenbureau.web.shared.api.FormErrors;
import nl.talentenbureau.web.volunteers.PoolApi.Summary;
import nl.talentenbureau.web.volunteers.PoolApi.Volunteer;
import nl.talentenbureau.web.volunteers.VolunteerViews.Catalogue;
import nl.talentenbureau.web.volunteers.VolunteerViews.ProfilePage;

/**
 * The volunteer pool for coordinators: a search with the API's filters, and one volunteer's profile to keep current
 * (the profile with If-Match, the status step, the VOG and completed trainings). A stale save (412) reads the
 * volunteer again and says under each field what is saved now.
 */
@Path("/coordinator/vrijwilligers")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class VolunteersResource {

    private static final Set<String> SEARCH_FIELDS = Set.of("q", "kern", "talent", "minLevel", "status", "freeIn",
            "vogValid", "training");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance search(SearchFilter filter, List<VolunteerViews.Row> rows, int total,
                Catalogue catalogue, List<String> statuses, List<WeekGrid.Day> days, boolean searched,
                FormErrors errors);

        static native TemplateInstance volunteer(ProfilePage p, Flash flash, FormErrors errors);
    }

    private final PoolApi api;
    private final CatalogApi catalog;

    @Inject
    VolunteersResource(@RestClient PoolApi api, @RestClient CatalogApi catalog) {
        this.api = api;
        this.catalog = catalog;
    }

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("kern") String kern,
            @QueryParam("talent") String talent, @QueryParam("minLevel") String minLevel,
            @QueryParam("status") String status, @QueryParam("freeIn") String freeIn,
            @QueryParam("vogValid") String vogValid, @QueryParam("training") String training,
            @QueryParam("page") int page) {
        SearchFilter filter = new SearchFilter(q, kern, talent, minLevel, status, freeIn, vogValid, training, page);
        Catalogue catalogue = catalogue();
        if (!filter.wrong().isEmpty()) {
            return Html.page(400, searchPage(filter, List.of(), 0, catalogue, false,
                    FormErrors.fields(filter.wrong().toArray(String[]::new))));
        }
        ApiPage<Summary> found;
        try {
            found = api.search(filter.q(), filter.kern(), filter.talent(), filter.level(), filter.status(),
                    filter.freeIn(), filter.vog(), filter.training(), filter.page(), SearchFilter.PAGE_SIZE);
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Html.page(400, searchPage(filter, List.of(), 0, catalogue, false, FormErrors.of(e, SEARCH_FIELDS)));
        }
        List<VolunteerViews.Row> rows = found.items().stream().map(s -> VolunteerViews.row(s, catalogue)).toList();
        int total = (int) Math.min(found.total(), Integer.MAX_VALUE);
        return Response.ok(searchPage(filter, rows, total, catalogue, true, FormErrors.none())).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance volunteer(@PathParam("id") UUID id, @QueryParam("gedaan") String done) {
        Volunteer now = api.volunteer(id);
        return Templates.volunteer(VolunteerViews.page(now, catalogue()), Flash.parse(done).orElse(null),
                FormErrors.none());
    }

    /** The profile form; {@code level-<code>}, {@code spoken} and {@code theme} as {@link ProfileForm#read}. */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        ProfileForm typed = ProfileForm.read(form);
        long version = version(form.getFirst("version"));
        Volunteer current = api.volunteer(id);
        Catalogue catalogue = catalogue();
        if (!typed.wrong().isEmpty()) {
            return Html.page(400, Templates.volunteer(VolunteerViews.typed(current, typed, version, catalogue), null,
                    FormErrors.fields(typed.wrong().toArray(String[]::new))));
        }
        try {
            api.replace(id, ETag.ifMatch(version), typed.input(current, VolunteerViews.offeredTalents(current,
                    catalogue), VolunteerViews.themeCodes(catalogue)));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
                throw e;
            }
            if (e.status() == 412) {
                Volunteer now = api.volunteer(id);
                return Html.page(409, Templates.volunteer(VolunteerViews.stale(now, typed, catalogue), null,
                        FormErrors.none()));
            }
            return Html.page(e.status(), Templates.volunteer(VolunteerViews.typed(current, typed, version, catalogue),
                    null, FormErrors.of(e, ProfileForm.API_FIELDS)));
        }
        return done(id, Flash.VOLUNTEER_SAVED);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") UUID id, @FormParam("version") String version,
            @FormParam("newStatus") String status) {
        if (status == null || !SearchFilter.STATUSES.contains(status)) {
            return failed(id, 400, FormErrors.field("newStatus"));
        }
        try {
            api.step(id, ETag.ifMatch(version(version)), new PoolApi.StatusStep(status));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
                throw e;
            }
            if (e.status() == 412) {
                Volunteer now = api.volunteer(id);
                return Html.page(409, Templates.volunteer(VolunteerViews.page(now, catalogue()).withStaleStatus(),
                        null, FormErrors.none()));
            }
            if (e.status() == 409 && "illegal-transition".equals(e.problem().kind())) {
                return failed(id, 409, FormErrors.field("newStatus"));
            }
            return failed(id, e.status(), FormErrors.of(e, Map.of("status", "newStatus")));
        }
        return done(id, Flash.STATUS_CHANGED);
    }

    @POST
    @Path("/{id}/vog")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordVog(@PathParam("id") UUID id, @FormParam("issuedOn") String issuedOn) {
        LocalDate date = date(issuedOn);
        if (date == null) {
            return failed(id, 400, FormErrors.field("issuedOn"));
        }
        try {
            api.recordVog(id, new PoolApi.VogInput(date));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return failed(id, e.status(), FormErrors.of(e, Set.of("issuedOn")));
        }
        return done(id, Flash.VOG_RECORDED);
    }

    @POST
    @Path("/{id}/trainingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordTraining(@PathParam("id") UUID id, @FormParam("training") String training,
            @FormParam("completedOn") String completedOn) {
        LocalDate date = date(completedOn);
        boolean known = training != null
                && catalogue().trainings().stream().anyMatch(t -> t.code().equals(training) && t.retiredAt() == null);
        if (!known || date == null) {
            return failed(id, 400, FormErrors.fields(known ? null : "training", date == null ? "completedOn" : null));
        }
        try {
            api.recordTraining(id, training, new PoolApi.TrainingCompletion(date));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
                throw e;
            }
            if (e.status() == 422) {
                return failed(id, 422, FormErrors.field("training"));
            }
            return failed(id, e.status(), FormErrors.of(e, Map.of("completedOn", "completedOn", "code", "training")));
        }
        return done(id, Flash.TRAINING_RECORDED);
    }

    private TemplateInstance searchPage(SearchFilter filter, List<VolunteerViews.Row> rows, int total,
            Catalogue catalogue, boolean searched, FormErrors errors) {
        return Templates.search(filter, rows, total, catalogue, SearchFilter.STATUSES, WeekGrid.days(), searched,
                errors);
    }

    /** A form of the profile page came back with errors: the page as it is now, the errors at their fields. */
    private Response failed(UUID id, int status, FormErrors errors) {
        return Html.page(status, Templates.volunteer(VolunteerViews.page(api.volunteer(id), catalogue()), null,
                errors));
    }

    private Catalogue catalogue() {
        return new Catalogue(catalog.kernen(), catalog.talents(), catalog.themes(), catalog.trainings());
    }

    private static Response done(UUID id, Flash flash) {
        return Response.seeOther(URI.create("/coordinator/vrijwilligers/" + id + "?gedaan=" + flash.param())).build();
    }

    /** The version the form was read at; a missing or garbled one is sent as a version that never matches. */
    private static long version(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
