package nl.talentenbureau.matching.match;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
@Tag(name = "Offers", description = "Matches proposed to you, the volunteer: accept or decline them, then log hours, give feedback or end them")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VOLUNTEER)
@SecurityRequirement(name = "oidc")
public class OfferResource {

    private final MatchQueries queries;
    private final MatchService matches;
    private final HoursAndFeedback records;
    private final Caller caller;

    public OfferResource(MatchQueries queries, MatchService matches, HoursAndFeedback records, Caller caller) {
        this.queries = queries;
        this.matches = matches;
        this.records = records;
        this.caller = caller;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "List your offers and matches", description = """
            Without `status`: your open offers, PROPOSED matches whose answer deadline has not passed, oldest first.
            With `status`: all your matches in that status (ACCEPTED, ACTIVE, COMPLETED, ...), newest first.""")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = OfferPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid status or paging parameter")
    public PageView<OfferView> list(
            @Parameter(description = "Only your matches in this status; without it, your open offers", example = "ACTIVE") @QueryParam("status") @Pattern(regexp = MatchResource.STATUS_PATTERN, message = "must be a match status") String status,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Page size", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.offers(caller.subject(), status == null ? null : MatchStatus.valueOf(status), page, size)
                .map(OfferView::of);
    }

    @GET
    @Path("/export")
    @RunOnVirtualThread
    @Operation(summary = "Export everything matching holds on you", description = """
            Every match of yours in any status, oldest first, with the hours logged, the reason you (or a coordinator
            for you) gave when declining, the end reason, and your own feedback. Empty when you have no matches.
            Part of your export at GET /api/volunteers/me/export.""")
    @APIResponse(responseCode = "200", description = "Your matches", content = @Content(schema = @Schema(implementation = MatchExport.class)))
    public MatchExport export() {
        return queries.exportOwn(caller.subject());
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @Operation(summary = "Read one of your offers or matches", description = "Any status; only your own.")
    @APIResponse(responseCode = "200", description = "The offer", headers = @Header(name = "ETag", description = "The offer's version"), content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "404", description = "No such offer, or not yours")
    public Response get(
            @Parameter(description = "Offer id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id) {
        Match match = queries.own(id, caller.subject());
        return Response.ok(OfferView.of(match)).tag(ETags.of(match.version)).build();
    }

    @POST
    @Path("/{id}/accept")
    @RunOnVirtualThread
    @Operation(summary = "Accept an offer", description = "PROPOSED -> ACCEPTED, while you have a free place (live matches below your capacity) and before the deadline.")
    @APIResponse(responseCode = "200", description = "Accepted", headers = @Header(name = "ETag", description = "The offer's version"), content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "400", description = "An If-Match that is not an ETag of this service")
    @APIResponse(responseCode = "404", description = "No such offer, or not yours")
    @APIResponse(responseCode = "409", description = "Not PROPOSED any more, deadline passed, the request has ended, you are at full capacity, or you are already busy then (the request's schedule moved onto another match of yours; the detail names the time)")
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

    @POST
    @Path("/{id}/end")
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End your match early", description = "ACTIVE -> ENDED; the reason is seen by the organisation's coordinators, never published in events.")
    @APIResponse(responseCode = "200", description = "Ended", headers = @Header(name = "ETag", description = "The match's version"), content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a missing or too long reason, or a bad If-Match")
    @APIResponse(responseCode = "404", description = "No such match, or not yours")
    @APIResponse(responseCode = "409", description = "Not ACTIVE (illegal transition)")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Response end(
            @Parameter(description = "Offer (match) id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag you read", example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EndInput input) {
        Match match = matches.end(id, Actor.volunteer(caller.subject()), ETags.optional(ifMatch), input.reason());
        return Response.ok(OfferView.of(match)).tag(ETags.of(match.version)).build();
    }

    @POST
    @Path("/{id}/hours")
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log hours on your match", description = "While the match is ACTIVE; a day not in the future, more than 0 and at most 24 hours.")
    @APIResponse(responseCode = "201", description = "Logged", headers = @Header(name = "Location", description = "The new entry"), content = @Content(schema = @Schema(implementation = HoursView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, hours out of range, or a day in the future")
    @APIResponse(responseCode = "404", description = "No such match, or not yours")
    @APIResponse(responseCode = "409", description = "The match is not ACTIVE")
    public Response logHours(
            @Parameter(description = "Offer (match) id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @NotNull @Valid HoursInput input) {
        HoursView entry = records.logHours(id, Actor.volunteer(caller.subject()), input);
        return Response.created(URI.create("/api/offers/" + id + "/hours/" + entry.id())).entity(entry).build();
    }

    @GET
    @Path("/{id}/hours")
    @RunOnVirtualThread
    @Operation(summary = "List the hours of your match", description = "By day worked; entries by you and by the coordinators.")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(schema = @Schema(implementation = HoursView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such match, or not yours")
    public List<HoursView> hours(
            @Parameter(description = "Offer (match) id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id) {
        return records.hours(id, Actor.volunteer(caller.subject()));
    }

    @GET
    @Path("/{id}/hours/{entryId}")
    @RunOnVirtualThread
    @Operation(summary = "Read one hours entry of your match")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(schema = @Schema(implementation = HoursView.class)))
    @APIResponse(responseCode = "404", description = "No such match or entry, or not yours")
    public HoursView hoursEntry(
            @Parameter(description = "Offer (match) id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @Parameter(description = "Hours entry id", example = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7") @PathParam("entryId") UUID entryId) {
        return records.hoursEntry(id, Actor.volunteer(caller.subject()), entryId);
    }

    @POST
    @Path("/{id}/feedback")
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give feedback on your match", description = "Once, on an ACTIVE, COMPLETED or ENDED match: a rating 1-5 and an optional comment, seen by the organisation's coordinators.")
    @APIResponse(responseCode = "201", description = "Given", headers = @Header(name = "Location", description = "The match"), content = @Content(schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a rating outside 1-5 or a comment over 1000 characters")
    @APIResponse(responseCode = "404", description = "No such match, or not yours")
    @APIResponse(responseCode = "409", description = "Not ACTIVE, COMPLETED or ENDED, or you gave feedback already")
    public Response feedback(
            @Parameter(description = "Offer (match) id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @NotNull @Valid FeedbackInput input) {
        FeedbackView given = records.feedback(id, Actor.volunteer(caller.subject()), input);
        return Response.created(URI.create("/api/offers/" + id)).entity(given).build();
    }

    /** For the OpenAPI document only: a page of offers. */
    @Schema(name = "OfferPage", type = SchemaType.OBJECT)
    static final class OfferPage {

        public List<OfferView> items;
        @Schema(description = "Zero-based page number", examples = "0")
        public int page;
        @Schema(description = "Page size", examples = "20")
        public int size;
        @Schema(description = "Total number of offers that match", examples = "3")
        public long total;
    }
}
