package nl.talentenbureau.web.profile;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.profile.VolunteerApi.TalentLevel;
import nl.talentenbureau.web.profile.VolunteerApi.Volunteer;
import nl.talentenbureau.web.shared.ETag;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.CatalogApi;
import nl.talentenbureau.web.shared.api.CatalogApi.Theme;
import nl.talentenbureau.web.shared.api.FormErrors;

/**
 * Talents with a level (from the catalogue; a retired one only while the volunteer still holds it) and the themes
 * the volunteer wants to help with, saved with If-Match as part of the profile.
 */
@Path("/talenten")
@RolesAllowed(Roles.VOLUNTEER)
@Produces(MediaType.TEXT_HTML)
public class TalentResource {

    static final List<Integer> LEVELS = List.of(1, 2, 3);
    private static final Map<String, String> FIELDS = Map.of("talents", "talents", "code", "talents", "level",
            "talents", "themes", "themes");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance talents(List<Row> talents, List<ThemeRow> themes, long version,
                List<Integer> levels, boolean stale, Flash flash, FormErrors errors);
    }

    /** A talent of the catalogue with the volunteer's level (0: not chosen). */
    public record Row(CatalogApi.Talent talent, int level) {
    }

    public record ThemeRow(Theme theme, boolean chosen) {
    }

    private final VolunteerApi api;
    private final CatalogApi catalog;

    @Inject
    TalentResource(@RestClient VolunteerApi api, @RestClient CatalogApi catalog) {
        this.api = api;
        this.catalog = catalog;
    }

    @GET
    public TemplateInstance talents(@QueryParam("gedaan") String done) {
        return page(MyProfile.read(api), false, Flash.parse(done).orElse(null), FormErrors.none());
    }

    /** The form: {@code level-<code>} per talent (empty, 1, 2, 3), {@code theme} per chosen theme, the version. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        Volunteer me = MyProfile.read(api);
        List<TalentLevel> talents = new ArrayList<>();
        for (CatalogApi.Talent talent : catalog.talents()) {
            String level = form.getFirst("level-" + talent.code());
            if (level != null && List.of("1", "2", "3").contains(level)) {
                talents.add(new TalentLevel(talent.code(), Integer.valueOf(level)));
            }
        }
        List<String> chosen = form.get("theme") == null ? List.of() : form.get("theme");
        List<String> themes = catalog.themes().stream().map(Theme::code).filter(chosen::contains).toList();
        long version = Fields.integer(form.getFirst("version")) == null ? -1 : Fields.integer(form.getFirst("version"));
        try {
            api.replace(ETag.ifMatch(version), me.input().withTalents(talents, themes));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            if (e.status() == 412) {
                return Html.page(409, page(api.me(), true, null, FormErrors.none()));
            }
            return Html.page(e.status(), page(me, false, null, FormErrors.of(e, FIELDS)));
        }
        return Response.seeOther(URI.create("/talenten?gedaan=" + Flash.TALENTS_SAVED.param())).build();
    }

    private TemplateInstance page(Volunteer me, boolean stale, Flash flash, FormErrors errors) {
        List<Row> rows = catalog.talents().stream()
                .map(t -> new Row(t, me.talents().stream().filter(h -> t.code().equals(h.code())).findFirst()
                        .map(TalentLevel::level).orElse(0)))
                .filter(row -> row.talent().retiredAt() == null || row.level() > 0).toList();
        List<ThemeRow> themes = catalog.themes().stream().map(t -> new ThemeRow(t, me.themes().contains(t.code())))
                .toList();
        return Templates.talents(rows, themes, me.version(), LEVELS, stale, flash, errors);
    }
}
