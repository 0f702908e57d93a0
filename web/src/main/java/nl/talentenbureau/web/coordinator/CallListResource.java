package nl.talentenbureau.web.coordinator;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import nl.talentenbureau.web.coordinator.BatchApi.CallList;
import nl.talentenbureau.web.coordinator.BatchViews.CallRow;
import nl.talentenbureau.web.coordinator.BatchViews.Paging;
import nl.talentenbureau.web.coordinator.CoordinatorApi.Request;
import nl.talentenbureau.web.offers.OfferResource;
import nl.talentenbureau.web.offers.OfferViews;
import nl.talentenbureau.web.shared.Flash;
import nl.talentenbureau.web.shared.Page;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;

/**
 * The call list: offers whose volunteer cannot answer online, nearest deadline first. The coordinator phones and
 * answers for the volunteer (accept, or decline with the reason); the API records that the coordinator answered, by
 * phone.
 */
@Path("/coordinator/bellijst")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class CallListResource {

    static final int PAGE_SIZE = 50;
    static final String BY_PHONE = "PHONE";
    /** The API has one free-text reason; on the form it is the note that can be too long. */
    private static final Map<String, String> DECLINE_FIELDS = Map.of("reason", "note");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance callList(List<CallRow> rows, CallList list, Paging paging, List<String> reasons,
                FormErrors errors, Flash flash);
    }

    private final BatchApi batch;
    private final CoordinatorApi api;
    private final Page page;

    @Inject
    CallListResource(@RestClient BatchApi batch, @RestClient CoordinatorApi api, Page page) {
        this.batch = batch;
        this.api = api;
        this.page = page;
    }

    @GET
    public TemplateInstance callList(@QueryParam("pagina") @DefaultValue("0") int pageNumber,
            @QueryParam("gedaan") String done) {
        return listPage(Math.max(0, pageNumber), null, Flash.parse(done).orElse(null));
    }

    @POST
    @Path("/{matchId}/aannemen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("matchId") UUID matchId, @FormParam("pagina") int pageNumber) {
        try {
            batch.acceptOnBehalf(matchId, new BatchApi.AcceptOnBehalf(BY_PHONE));
        } catch (ApiException e) {
            return failed(pageNumber, new Failed(matchId, refusal(e, Map.of()), null, null), e.status());
        }
        return done(pageNumber, Flash.CALL_ACCEPTED);
    }

    @POST
    @Path("/{matchId}/afwijzen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("matchId") UUID matchId, @FormParam("pagina") int pageNumber,
            @FormParam("reason") String reason, @FormParam("note") String note) {
        if (reason == null || !OfferResource.DECLINE_REASONS.contains(reason)) {
            return failed(pageNumber, new Failed(matchId, FormErrors.field("reason"), null, note), 400);
        }
        try {
            batch.declineOnBehalf(matchId,
                    new BatchApi.DeclineOnBehalf(BY_PHONE, OfferViews.declineInWords(page, reason, note)));
        } catch (ApiException e) {
            return failed(pageNumber, new Failed(matchId, refusal(e, DECLINE_FIELDS), reason, note), e.status());
        }
        return done(pageNumber, Flash.CALL_DECLINED);
    }

    /** The answer for one row failed: the page again, with the sentence in that row (or on top if it left the list). */
    private record Failed(UUID matchId, FormErrors errors, String reason, String note) {
    }

    private static FormErrors refusal(ApiException error, Map<String, String> fields) {
        if (error.status() == 401 || error.status() == 403) {
            throw error;
        }
        return FormErrors.of(error, fields);
    }

    private Response failed(int pageNumber, Failed failed, int status) {
        return CoordinatorResource.page(status, listPage(Math.max(0, pageNumber), failed, null));
    }

    private TemplateInstance listPage(int pageNumber, Failed failed, Flash flash) {
        CallList list = batch.callList(pageNumber, PAGE_SIZE);
        Map<UUID, Request> requests = Lookups.requests(api,
                list.items().stream().map(BatchApi.CallEntry::requestId).toList());
        List<CallRow> rows = list
                .items().stream().map(entry -> failed != null && entry.matchId().equals(failed.matchId())
                        ? BatchViews.call(entry, requests.get(entry.requestId()), failed.errors(), failed.reason(),
                                failed.note())
                        : BatchViews.call(entry, requests.get(entry.requestId()), FormErrors.none(), null, null))
                .toList();
        boolean shownInRow = failed != null
                && rows.stream().anyMatch(r -> r.entry().matchId().equals(failed.matchId()));
        FormErrors onTop = failed == null || shownInRow ? FormErrors.none() : failed.errors();
        return Templates.callList(rows, list, BatchViews.paging(list.page(), list.total(), PAGE_SIZE),
                OfferResource.DECLINE_REASONS, onTop, flash);
    }

    private static Response done(int pageNumber, Flash flash) {
        String onPage = pageNumber > 0 ? "pagina=" + pageNumber + "&" : "";
        return Response.seeOther(URI.create("/coordinator/bellijst?" + onPage + "gedaan=" + flash.param())).build();
    }
}
