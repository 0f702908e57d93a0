package nl.talentenbureau.web.matches;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

import nl.talentenbureau.web.offers.OfferViews;
import nl.talentenbureau.web.offers.OfferViews.OfferRow;
import nl.talentenbureau.web.offers.OffersApi;
import nl.talentenbureau.web.offers.OffersApi.Offer;
import nl.talentenbureau.web.shared.ETag;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;

/**
 * The volunteer's matches: accepted and active ones first, then the finished ones. One match has its own page with
 * the three things a volunteer does with it: log hours, give feedback, end it early.
 */
@Path("/mijn-matches")
@RolesAllowed(Roles.VOLUNTEER)
@Produces(MediaType.TEXT_HTML)
public class MatchesResource {

    /** In this order on the list: what is going on now first. */
    static final List<String> STATES = List.of("ACTIVE", "ACCEPTED", "COMPLETED", "ENDED");
    static final List<Integer> RATINGS = List.of(5, 4, 3, 2, 1);
    private static final Map<String, String> HOURS_FIELDS = Map.of("workedOn", "workedOn", "hours", "hours");
    private static final Map<String, String> FEEDBACK_FIELDS = Map.of("rating", "rating", "comment", "comment");
    private static final Map<String, String> END_FIELDS = Map.of("reason", "endReason");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance matches(List<OfferRow> matches);

        static native TemplateInstance match(OfferRow match, FormErrors errors, Flash flash, Input input,
                List<Integer> ratings, LocalDate today);
    }

    /** What the person typed, shown again when a form comes back with an error. */
    public record Input(String workedOn, String hours, String rating, String comment, String endReason) {

        static final Input EMPTY = new Input(null, null, null, null, null);
    }

    private final OffersApi api;

    @Inject
    MatchesResource(@RestClient OffersApi api) {
        this.api = api;
    }

    @GET
    public TemplateInstance matches() {
        List<OfferRow> rows = new ArrayList<>();
        for (String state : STATES) {
            for (Offer match : api.offers(state, 50).items()) {
                rows.add(OfferViews.row(match, api.request(match.requestId())));
            }
        }
        return Templates.matches(rows);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance match(@PathParam("id") UUID id, @QueryParam("gedaan") String done) {
        return matchPage(id, FormErrors.none(), Flash.parse(done).orElse(null), Input.EMPTY);
    }

    @POST
    @Path("/{id}/uren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logHours(@PathParam("id") UUID id, @FormParam("workedOn") String workedOn,
            @FormParam("hours") String hours) {
        Input input = new Input(workedOn, hours, null, null, null);
        LocalDate day = date(workedOn);
        BigDecimal amount = number(hours);
        if (day == null || amount == null) {
            return Html.page(400, matchPage(id, FormErrors.fields(day == null ? "workedOn" : null,
                    amount == null ? "hours" : null), null, input));
        }
        try {
            api.logHours(id, new OffersApi.Hours(day, amount));
        } catch (ApiException e) {
            return failed(id, e, HOURS_FIELDS, input);
        }
        return done(id, Flash.HOURS_LOGGED);
    }

    @POST
    @Path("/{id}/reactie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response feedback(@PathParam("id") UUID id, @FormParam("rating") String rating,
            @FormParam("comment") String comment) {
        Input input = new Input(null, null, rating, comment, null);
        Integer stars = rating(rating);
        if (stars == null) {
            return Html.page(400, matchPage(id, FormErrors.field("rating"), null, input));
        }
        try {
            api.feedback(id, new OffersApi.Feedback(stars, blankToNull(comment)));
        } catch (ApiException e) {
            return failed(id, e, FEEDBACK_FIELDS, input);
        }
        return done(id, Flash.FEEDBACK_GIVEN);
    }

    @POST
    @Path("/{id}/beeindigen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") UUID id, @FormParam("version") long version,
            @FormParam("endReason") String reason) {
        Input input = new Input(null, null, null, null, reason);
        if (reason == null || reason.isBlank()) {
            return Html.page(400, matchPage(id, FormErrors.field("endReason"), null, input));
        }
        try {
            api.end(id, ETag.ifMatch(version), new OffersApi.Reason(reason.strip()));
        } catch (ApiException e) {
            return failed(id, e, END_FIELDS, input);
        }
        return done(id, Flash.ENDED);
    }

    private Response failed(UUID id, ApiException e, Map<String, String> fields, Input input) {
        if (e.status() == 401 || e.status() == 403) {
            throw e;
        }
        return Html.page(e.status(), matchPage(id, FormErrors.of(e, fields), null, input));
    }

    private TemplateInstance matchPage(UUID id, FormErrors errors, Flash flash, Input input) {
        Offer match = api.offer(id);
        return Templates.match(OfferViews.row(match, api.request(match.requestId())), errors, flash, input,
                RATINGS, LocalDate.now());
    }

    private static Response done(UUID id, Flash flash) {
        return Response.seeOther(URI.create("/mijn-matches/" + id + "?gedaan=" + flash.param())).build();
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "2,5" as a Dutch person writes it, or "2.5". */
    private static BigDecimal number(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer rating(String value) {
        try {
            Integer stars = value == null ? null : Integer.valueOf(value);
            return stars != null && RATINGS.contains(stars) ? stars : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
