package nl.talentenbureau.matching.match;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.http.ETags;
import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

/** A volunteer's own offers, found through the token's subject: nobody else's is reachable from here. */
@Path("/api/offers")
@Tag(name = "Offers", description = "Matches proposed to you, the volunteer, to accept or decline")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VOLUNTEER)
@SecurityRequirement(name = "oidc")
public class OfferResource {

    private final MatchService matches;
    private final Caller caller;

    public OfferResource(MatchService matches, Caller caller) {
        this.matches = matches;
        this.caller = caller;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "List your open offers", description = "PROPOSED matches for you whose answer deadline has not passed, oldest first.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = OfferPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    public PageView<OfferView> list(
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Page size", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return matches.offers(caller.subject(), page, size).map(OfferView::of);
    }

    @POST
    @Path("/{id}/accept")
    @RunOnVirtualThread
    @Operation(summary = "Accept an offer", description = "PROPOSED -> ACCEPTED, while you have a free place (live matches below your capacity) and before the deadline.")
    @APIResponse(responseCode = "200", description = "Accepted", headers = @Header(name = "ETag", description = "The offer's version"), content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "400", description = "An If-Match that is not an ETag of this service")
    @APIResponse(responseCode = "404", description = "No such offer, or not yours")
    @APIResponse(responseCode = "409", description = "Not PROPOSED any more, deadline passed, the request has ended, or you are at full capacity")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Response accept(
            @Parameter(description = "Offer id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag you read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Match match = matches.accept(id, caller.subject(), ETags.optional(ifMatch));
        return Response.ok(OfferView.of(match)).tag(ETags.of(match.version)).build();
    }

    @POST
    @Path("/{id}/decline")
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline an offer", description = "PROPOSED -> DECLINED, before the deadline; the reason is optional.")
    @APIResponse(responseCode = "200", description = "Declined", headers = @Header(name = "ETag", description = "The offer's version"), content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a reason over 500 characters, or a bad If-Match")
    @APIResponse(responseCode = "404", description = "No such offer, or not yours")
    @APIResponse(responseCode = "409", description = "Not PROPOSED any more, or the deadline has passed")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Response decline(
            @Parameter(description = "Offer id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag you read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DeclineInput input) {
        Match match = matches.decline(id, caller.subject(), ETags.optional(ifMatch), input.reason());
        return Response.ok(OfferView.of(match)).tag(ETags.of(match.version)).build();
    }

    /** For the OpenAPI document only: a page of offers. */
    @Schema(name = "OfferPage", type = SchemaType.OBJECT)
    static final class OfferPage {

        public java.util.List<OfferView> items;
        @Schema(description = "Zero-based page number", examples = "0")
        public int page;
        @Schema(description = "Page size", examples = "20")
        public int size;
        @Schema(description = "Total number of open offers", examples = "3")
        public long total;
    }
}
