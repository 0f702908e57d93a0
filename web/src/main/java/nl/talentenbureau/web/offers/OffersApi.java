package nl.talentenbureau.web.offers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.token.propagation.common.AccessToken;

import nl.talentenbureau.web.shared.api.ApiPage;
import nl.talentenbureau.web.shared.api.ApiResponses;

/** The volunteer's offers and matches (matching-service) and the requests behind them, with their own token. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ApiResponses.class)
@AccessToken
@Path("/api")
public interface OffersApi {

    /** Without status: the open offers; with a status, all the volunteer's matches in it. */
    @GET
    @Path("/offers")
    ApiPage<Offer> offers(@QueryParam("status") String status, @QueryParam("size") int size);

    @GET
    @Path("/offers/{id}")
    Offer offer(@PathParam("id") UUID id);

    @POST
    @Path("/offers/{id}/accept")
    Offer accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/offers/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    Offer decline(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Reason reason);

    @POST
    @Path("/offers/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    Offer end(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Reason reason);

    @POST
    @Path("/offers/{id}/hours")
    @Consumes(MediaType.APPLICATION_JSON)
    void logHours(@PathParam("id") UUID id, Hours hours);

    @POST
    @Path("/offers/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    void feedback(@PathParam("id") UUID id, Feedback feedback);

    /** The request, as a volunteer may see it (no requester's personal data). */
    @GET
    @Path("/requests/{id}")
    Request request(@PathParam("id") UUID id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Offer(UUID id, UUID requestId, String organisation, String status, long version,
            OffsetDateTime answerDeadline, BigDecimal hoursLogged) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Request(UUID id, String title, String kern, String theme, Schedule schedule, LocalDate dueDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Schedule(String type, LocalDate date, List<String> dayParts, List<String> slots, LocalDate startsOn,
            LocalDate endsOn) {

        public Schedule {
            dayParts = dayParts == null ? List.of() : dayParts;
            slots = slots == null ? List.of() : slots;
        }
    }

    record Reason(String reason) {
    }

    record Hours(LocalDate workedOn, BigDecimal hours) {
    }

    record Feedback(Integer rating, String comment) {
    }
}
