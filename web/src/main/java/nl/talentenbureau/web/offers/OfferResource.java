package nl.talentenbureau.web.offers;

import java.net.URI;
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

import nl.talentenbureau.web.offers.OfferViews.OfferRow;
import nl.talentenbureau.web.offers.OffersApi.Offer;
import nl.talentenbureau.web.shared.ETag;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Page;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;

/** The volunteer's open offers and one offer (the link in the offer mail): accept, or decline with a reason. */
@Path("/aanbod")
@RolesAllowed(Roles.VOLUNTEER)
@Produces(MediaType.TEXT_HTML)
public class OfferResource {

    /** The reasons a volunteer can pick; the API gets the chosen one in words, with the note. */
    public static final List<String> DECLINE_REASONS = List.of("not_available", "too_far", "not_suitable", "other");
    /** The API has one free-text reason; on the form it is the note that can be too long. */
    private static final Map<String, String> DECLINE_FIELDS = Map.of("reason", "note");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance offers(List<OfferRow> offers);

        static native TemplateInstance offer(OfferRow offer, List<String> reasons, FormErrors errors, Flash flash,
                String chosenReason, String note);
    }

    private final OffersApi api;
    private final Page page;

    @Inject
    OfferResource(@RestClient OffersApi api, Page page) {
        this.api = api;
        this.page = page;
    }

    @GET
    public TemplateInstance offers() {
        List<OfferRow> rows = api.offers(null, 50).items().stream()
                .map(o -> OfferViews.row(o, api.request(o.requestId()))).toList();
        return Templates.offers(rows);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance offer(@PathParam("id") UUID id, @QueryParam("gedaan") String done) {
        return offerPage(id, FormErrors.none(), Flash.parse(done).orElse(null), null, null);
    }

    @POST
    @Path("/{id}/accepteren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") UUID id, @FormParam("version") long version) {
        try {
            api.accept(id, ETag.ifMatch(version));
        } catch (ApiException e) {
            return failed(id, e, null, null);
        }
        return done(id, Flash.ACCEPTED);
    }

    @POST
    @Path("/{id}/afwijzen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") UUID id, @FormParam("version") long version,
            @FormParam("reason") String reason, @FormParam("note") String note) {
        if (reason == null || !DECLINE_REASONS.contains(reason)) {
            return html(400, offerPage(id, FormErrors.field("reason"), null, null, note));
        }
        try {
            api.decline(id, ETag.ifMatch(version), new OffersApi.Reason(OfferViews.declineInWords(page, reason, note)));
        } catch (ApiException e) {
            return failed(id, e, reason, note);
        }
        return done(id, Flash.DECLINED);
    }

    private Response failed(UUID id, ApiException e, String reason, String note) {
        if (e.status() == 401 || e.status() == 403) {
            throw e;
        }
        return html(e.status(), offerPage(id, FormErrors.of(e, DECLINE_FIELDS), null, reason, note));
    }

    private TemplateInstance offerPage(UUID id, FormErrors errors, Flash flash, String reason, String note) {
        Offer offer = api.offer(id);
        return Templates.offer(OfferViews.row(offer, api.request(offer.requestId())), DECLINE_REASONS, errors, flash,
                reason, note);
    }

    private static Response done(UUID id, Flash flash) {
        return Response.seeOther(URI.create("/aanbod/" + id + "?gedaan=" + flash.param())).build();
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
