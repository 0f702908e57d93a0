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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.profile.VolunteerApi.Notifications;
import nl.talentenbureau.web.profile.VolunteerApi.QuietHours;
import nl.talentenbureau.web.profile.VolunteerApi.Volunteer;
import nl.talentenbureau.web.shared.ETag;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;

/**
 * Contact details (name, e-mail, phone: part of the profile, saved with If-Match) and how the volunteer wants to be
 * reached (by e-mail or by a phone call, the language, no messages at night). Two forms, so one can never half-save
 * the other.
 */
@Path("/contact")
@RolesAllowed(Roles.VOLUNTEER)
@Produces(MediaType.TEXT_HTML)
public class ContactResource {

    static final List<String> REACH_BY = List.of("EMAIL", "PHONE");
    static final List<String> LANGUAGES = List.of("nl", "en");
    private static final Map<String, String> DETAIL_FIELDS = Map.of("name", "name", "email", "email", "phone",
            "phone");
    private static final Map<String, String> NOTIFICATION_FIELDS = Map.of("reachBy", "reachBy", "language",
            "language", "from", "quietFrom", "until", "quietUntil", "quietHours", "quietFrom");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance contact(Details details, Reach reach, long version, Volunteer saved,
                List<String> reachBy, List<String> languages, Flash flash, FormErrors errors);
    }

    /** The contact form as typed (or read). */
    public record Details(String name, String email, String phone) {

        static Details of(Volunteer v) {
            return new Details(v.name(), v.email(), v.phone());
        }
    }

    /** The notification form as typed (or read). */
    public record Reach(String reachBy, String language, String quietFrom, String quietUntil) {

        static Reach of(Notifications n) {
            if (n == null) {
                return new Reach("EMAIL", "nl", null, null);
            }
            QuietHours quiet = n.quietHours();
            return new Reach(n.reachBy(), n.language(), quiet == null ? null : quiet.from(),
                    quiet == null ? null : quiet.until());
        }
    }

    private final VolunteerApi api;

    @Inject
    ContactResource(@RestClient VolunteerApi api) {
        this.api = api;
    }

    @GET
    public TemplateInstance contact(@QueryParam("gedaan") String done) {
        Volunteer me = MyProfile.read(api);
        return page(Details.of(me), Reach.of(me.notifications()), me.version(), null,
                Flash.parse(done).orElse(null), FormErrors.none());
    }

    @POST
    @Path("/gegevens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response details(@FormParam("version") long version, @FormParam("name") String name,
            @FormParam("email") String email, @FormParam("phone") String phone) {
        Details typed = new Details(name, email, phone);
        Volunteer me = MyProfile.read(api);
        if (Fields.blank(name)) {
            return Html.page(400, page(typed, Reach.of(me.notifications()), version, null, null,
                    FormErrors.field("name")));
        }
        try {
            api.replace(ETag.ifMatch(version),
                    me.input().withContact(name.strip(), Fields.orNull(email), Fields.orNull(phone)));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            if (e.status() == 412) {
                // someone else saved the profile: show what is saved now next to what was typed, at the new version
                Volunteer now = api.me();
                return Html.page(409, page(typed, Reach.of(now.notifications()), now.version(), now, null,
                        FormErrors.none()));
            }
            return Html.page(e.status(), page(typed, Reach.of(me.notifications()), version, null, null,
                    FormErrors.of(e, DETAIL_FIELDS)));
        }
        return done(Flash.DETAILS_SAVED);
    }

    @POST
    @Path("/bereikbaarheid")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notifications(@FormParam("reachBy") String reachBy, @FormParam("language") String language,
            @FormParam("quietFrom") String quietFrom, @FormParam("quietUntil") String quietUntil) {
        Reach typed = new Reach(reachBy, language, quietFrom, quietUntil);
        List<String> wrong = new ArrayList<>();
        if (!REACH_BY.contains(reachBy)) {
            wrong.add("reachBy");
        }
        if (!LANGUAGES.contains(language)) {
            wrong.add("language");
        }
        if (Fields.blank(quietFrom) != Fields.blank(quietUntil)) {
            wrong.add(Fields.blank(quietFrom) ? "quietFrom" : "quietUntil");
        }
        if (!wrong.isEmpty()) {
            return failedReach(400, typed, FormErrors.fields(wrong.toArray(String[]::new)));
        }
        QuietHours quiet = Fields.blank(quietFrom) ? null : new QuietHours(quietFrom.strip(), quietUntil.strip());
        try {
            api.notifications(new Notifications(reachBy, language, quiet));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return failedReach(e.status(), typed, FormErrors.of(e, NOTIFICATION_FIELDS));
        }
        return done(Flash.NOTIFICATIONS_SAVED);
    }

    private Response failedReach(int status, Reach typed, FormErrors errors) {
        Volunteer me = MyProfile.read(api);
        return Html.page(status, page(Details.of(me), typed, me.version(), null, null, errors));
    }

    private static TemplateInstance page(Details details, Reach reach, long version, Volunteer saved, Flash flash,
            FormErrors errors) {
        return Templates.contact(details, reach, version, saved, REACH_BY, LANGUAGES, flash, errors);
    }

    private static Response done(Flash flash) {
        return Response.seeOther(URI.create("/contact?gedaan=" + flash.param())).build();
    }
}
