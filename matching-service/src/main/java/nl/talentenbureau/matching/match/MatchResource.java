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
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.http.ETags;
import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.idempotency.Idempotency;
import nl.talentenbureau.platform.idempotency.StoredAnswer;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

@Path("/api/matches")
@Tag(name = "Matches", description = "A volunteer proposed for a help request, and the match's lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@SecurityRequirement(name = "oidc")
public class MatchResource {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** Query parameters are checked here so a bad value answers 400 (a failed conversion would answer 404). */
    static final String STATUS_PATTERN = "PROPOSED|ACCEPTED|DECLINED|EXPIRED|WITHDRAWN|ACTIVE|COMPLETED|ENDED";

    private final MatchProposer proposer;
    private final MatchQueries queries;
    private final MatchService matches;
    private final HoursAndFeedback records;
    private final Idempotency idempotency;
    private final CallList callList;
    private final Caller caller;

    public MatchResource(MatchProposer proposer, MatchQueries queries, MatchService matches,
            HoursAndFeedback records, Idempotency idempotency, CallList callList, Caller caller) {
        this.proposer = proposer;
        this.queries = queries;
        this.matches = matches;
        this.records = records;
        this.idempotency = idempotency;
        this.callList = callList;
        this.caller = caller;
    }

    @POST
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a volunteer for a request", description = """
            For a request of your organisation. The hard filters are checked again for this volunteer and request
            now, under the volunteer's lock, so parallel proposals for one volunteer run one after the other: their
            capacity, and whether they are already busy then (an open or live match of theirs, PROPOSED, ACCEPTED or
            ACTIVE, of any organisation, holds one of the request's weekly slots, or a day part of its date). The
            match is PROPOSED and offered to the volunteer, who answers before the deadline
            (matching.offers.answer-within, 72 hours by default). Send an Idempotency-Key to retry safely: the same
            key and body answer 201 with the match as it is now (the key keeps no answer body), the same key with
            another body is refused (422).""")
    @APIResponse(responseCode = "201", description = "Proposed", headers = {
            @Header(name = "Location", description = "The new match"),
            @Header(name = "ETag", description = "The match's version")}, content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a missing id, an unknown field or a malformed Idempotency-Key")
    @APIResponse(responseCode = "404", description = "No such request (or not your organisation's), or no such volunteer")
    @APIResponse(responseCode = "409", description = "The request has ended, the volunteer already has a live match for it, the volunteer is at full capacity, the volunteer is already busy then (the detail names the slot or date another offer or match holds), or a call with this Idempotency-Key is still in flight")
    @APIResponse(responseCode = "422", description = "A hard filter excludes the volunteer (the reason is named), the request or volunteer cannot be matched, or an Idempotency-Key used with another body")
    public Response propose(
            @Parameter(description = "Makes retries safe: the same key and body give the same answer", example = "3f6c2a1e-propose-0042") @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7e]+", message = "must be printable ASCII without spaces") String idempotencyKey,
            @NotNull @Valid MatchInput input) {
        String organisation = caller.requireOrganisation();
        // the key is scoped per client: the coordinator's token subject
        // the key keeps no answer body: every answer reads the match anew, so a replay shows what erasure left
        StoredAnswer answer = idempotency.create(caller.subject(), idempotencyKey, input,
                () -> new Idempotency.Created("/api/matches/"
                        + proposer.propose(input.requestId(), input.volunteerId(), organisation, caller.subject()).id),
                id -> {
                    MatchView match = queries.view(UUID.fromString(id), organisation);
                    return new Idempotency.Current(match.version(), match);
                });
        return answer.toResponse();
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "List your organisation's matches", description = """
            Newest first; filters combine with AND. Shows every status, so declined, expired and withdrawn offers
            are visible too.""")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = MatchPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    public PageView<MatchView> list(
            @Parameter(description = "Only matches of this help request", example = "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f") @QueryParam("requestId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String requestId,
            @Parameter(description = "Only matches in this status (PROPOSED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN, ACTIVE, COMPLETED, ENDED)", example = "DECLINED") @QueryParam("status") @Pattern(regexp = STATUS_PATTERN, message = "must be a match status") String status,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Page size", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.list(caller.requireOrganisation(), requestId == null ? null : UUID.fromString(requestId),
                status == null ? null : MatchStatus.valueOf(status), page, size).map(MatchView::of);
    }

    @GET
    @Path("/call-list")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "List the offers waiting for a phone call", description = """
            Open offers (PROPOSED, deadline not passed) whose volunteer cannot answer online: they asked to be
            phoned or have no e-mail address (reachBy PHONE in the volunteer feed), or they have no account. Nearest
            deadline first, paged (at most 100 a page). A coordinator sees their organisation's offers, an admin every
            organisation's. Each offer carries the volunteer's name and phone number, asked from volunteer-service
            with your own token at this moment (its role rules apply; matching stores neither). When volunteer-service
            cannot be asked, the offers are still listed, with volunteerName and volunteerPhone null and
            contactsUnavailable true. Answer one with POST /api/matches/{id}/accept or /decline and the channel.""")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = CallListView.class), examples = @ExampleObject(name = "two offers", value = CALL_LIST_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    public CallListView callList(
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Page size, at most 100", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CallList.MAX_SIZE) int size) {
        String organisation = caller.isAdmin() ? null : caller.requireOrganisation();
        return callList.page(organisation, page, size);
    }

    static final String CALL_LIST_EXAMPLE = """
            {"items": [
              {"matchId": "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f", "requestId": "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f",
               "volunteerId": "5d2e8a41-0c3b-4a7f-8e9d-1b2c3d4e5f60", "organisation": "welzijn-stichtse-vecht",
               "answerDeadline": "2026-11-26T10:15:00Z", "reachBy": "PHONE", "hasAccount": false,
               "volunteerName": "Kees Jansen", "volunteerPhone": "0612345678"},
              {"matchId": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "requestId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
               "volunteerId": "6e5d4c3b-2a19-4f8e-8d7c-6b5a49382716", "organisation": "welzijn-stichtse-vecht",
               "answerDeadline": "2026-11-27T08:00:00Z", "reachBy": "PHONE", "hasAccount": true,
               "volunteerName": "Riet de Boer", "volunteerPhone": "0527-246810"}],
             "page": 0, "size": 20, "total": 2, "contactsUnavailable": false}""";

    @GET
    @Path("/volunteers/{volunteerId}/export")
    @RunOnVirtualThread
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Export everything matching holds on a volunteer", description = """
            For a data subject's request: every match of the volunteer in any status, oldest first, with the hours,
            the decline and end reasons and the volunteer's own feedback. Empty when there are none (also for an id
            that no volunteer has). Part of GET /api/volunteers/{id}/export.""")
    @APIResponse(responseCode = "200", description = "The volunteer's matches", content = @Content(schema = @Schema(implementation = MatchExport.class)))
    @APIResponse(responseCode = "404", description = "The id is not a UUID")
    public MatchExport export(
            @Parameter(description = "Volunteer id", example = "5d2e8a41-0c3b-4a7f-8e9d-1b2c3d4e5f60") @PathParam("volunteerId") UUID volunteerId) {
        return queries.exportOf(volunteerId);
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @Operation(summary = "Read a match of your organisation", description = "With the hours total and the feedback of both sides.")
    @APIResponse(responseCode = "200", description = "The match", headers = @Header(name = "ETag", description = "The match's version"), content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "404", description = "No such match, or not your organisation's")
    public Response get(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id) {
        MatchView match = queries.view(id, caller.requireOrganisation());
        return Response.ok(match).tag(ETags.of(match.version())).build();
    }

    @POST
    @Path("/{id}/accept")
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept an offer for the volunteer", description = """
            For a volunteer who said yes by phone, in person or on paper: PROPOSED -> ACCEPTED under the same rules
            as the volunteer's own accept (a free place below their capacity, before the deadline, the request still
            open). The match records that you answered and through which channel; the volunteer sees it on the
            offer.""")
    @APIResponse(responseCode = "200", description = "Accepted", headers = @Header(name = "ETag", description = "The match's version"), content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a missing or unknown channel, or a bad If-Match")
    @APIResponse(responseCode = "404", description = "No such match, or not your organisation's")
    @APIResponse(responseCode = "409", description = "Not PROPOSED any more (illegal transition), deadline passed, the request has ended, the volunteer is at full capacity, or already busy then (the request's schedule moved onto another match of theirs)")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Response accept(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag you read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AcceptOnBehalfInput input) {
        Match match = matches.acceptOnBehalf(id, coordinator(), input.channel().channel(), ETags.optional(ifMatch));
        return Response.ok(MatchView.of(match)).tag(ETags.of(match.version)).build();
    }

    @POST
    @Path("/{id}/decline")
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline an offer for the volunteer", description = """
            For a volunteer who said no by phone, in person or on paper: PROPOSED -> DECLINED before the deadline,
            with their reason (optional, never published in events). As after the volunteer's own decline, a
            request that asks for it (autoOfferNext) is offered to the next best candidate.""")
    @APIResponse(responseCode = "200", description = "Declined", headers = @Header(name = "ETag", description = "The match's version"), content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a missing or unknown channel, a reason over 500 characters, or a bad If-Match")
    @APIResponse(responseCode = "404", description = "No such match, or not your organisation's")
    @APIResponse(responseCode = "409", description = "Not PROPOSED any more (illegal transition), or the deadline has passed")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Response decline(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag you read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DeclineOnBehalfInput input) {
        Match match = matches.declineOnBehalf(id, coordinator(), input.channel().channel(), ETags.optional(ifMatch),
                input.reason());
        return Response.ok(MatchView.of(match)).tag(ETags.of(match.version)).build();
    }

    @POST
    @Path("/{id}/activate")
    @RunOnVirtualThread
    @Operation(summary = "Activate an accepted match", description = "ACCEPTED -> ACTIVE: the volunteer starts helping.")
    @APIResponse(responseCode = "200", description = "Active", headers = @Header(name = "ETag", description = "The match's version"), content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "400", description = "An If-Match that is not an ETag of this service")
    @APIResponse(responseCode = "404", description = "No such match, or not your organisation's")
    @APIResponse(responseCode = "409", description = "Not ACCEPTED (illegal transition)")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Response activate(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag you read", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Match match = matches.activate(id, caller.requireOrganisation(), ETags.optional(ifMatch));
        return Response.ok(MatchView.of(match)).tag(ETags.of(match.version)).build();
    }

    /** The same step without a body (and so without a Content-Type), hidden from the document. */
    @POST
    @Path("/{id}/complete")
    @RunOnVirtualThread
    @Operation(hidden = true)
    public Response completeWithoutBody(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return complete(id, ifMatch, null);
    }

    @POST
    @Path("/{id}/complete")
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete an active match", description = """
            ACTIVE -> COMPLETED. The body is optional: your feedback (rating 1-5, comment), which can also be given
            later, once.""")
    @APIResponse(responseCode = "200", description = "Completed", headers = @Header(name = "ETag", description = "The match's version"), content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a rating outside 1-5, or a bad If-Match")
    @APIResponse(responseCode = "404", description = "No such match, or not your organisation's")
    @APIResponse(responseCode = "409", description = "Not ACTIVE (illegal transition), or a coordinator gave feedback already")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Response complete(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag you read", example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid FeedbackInput feedback) {
        MatchView match = matches.complete(id, caller.requireOrganisation(), ETags.optional(ifMatch), feedback);
        return Response.ok(match).tag(ETags.of(match.version())).build();
    }

    @POST
    @Path("/{id}/end")
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End an active match early", description = "ACTIVE -> ENDED; the reason is kept for the coordinators, never published in events.")
    @APIResponse(responseCode = "200", description = "Ended", headers = @Header(name = "ETag", description = "The match's version"), content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a missing or too long reason, or a bad If-Match")
    @APIResponse(responseCode = "404", description = "No such match, or not your organisation's")
    @APIResponse(responseCode = "409", description = "Not ACTIVE (illegal transition)")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Response end(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag you read", example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EndInput input) {
        Match match = matches.end(id, coordinator(), ETags.optional(ifMatch), input.reason());
        return Response.ok(MatchView.of(match)).tag(ETags.of(match.version)).build();
    }

    @POST
    @Path("/{id}/hours")
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log hours on a match", description = "While the match is ACTIVE; a day not in the future, more than 0 and at most 24 hours. The match keeps the total.")
    @APIResponse(responseCode = "201", description = "Logged", headers = @Header(name = "Location", description = "The new entry"), content = @Content(schema = @Schema(implementation = HoursView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, hours out of range, or a day in the future")
    @APIResponse(responseCode = "404", description = "No such match, or not your organisation's")
    @APIResponse(responseCode = "409", description = "The match is not ACTIVE")
    public Response logHours(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @NotNull @Valid HoursInput input) {
        HoursView entry = records.logHours(id, coordinator(), input);
        return Response.created(URI.create("/api/matches/" + id + "/hours/" + entry.id())).entity(entry).build();
    }

    @GET
    @Path("/{id}/hours")
    @RunOnVirtualThread
    @Operation(summary = "List the hours of a match", description = "By day worked; entries by the volunteer and by coordinators.")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(schema = @Schema(implementation = HoursView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such match, or not your organisation's")
    public List<HoursView> hours(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id) {
        return records.hours(id, coordinator());
    }

    @GET
    @Path("/{id}/hours/{entryId}")
    @RunOnVirtualThread
    @Operation(summary = "Read one hours entry of a match")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(schema = @Schema(implementation = HoursView.class)))
    @APIResponse(responseCode = "404", description = "No such match or entry, or not your organisation's")
    public HoursView hoursEntry(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @Parameter(description = "Hours entry id", example = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7") @PathParam("entryId") UUID entryId) {
        return records.hoursEntry(id, coordinator(), entryId);
    }

    @POST
    @Path("/{id}/feedback")
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the coordinator's feedback on a match", description = "Once per match for the coordinators' side, on an ACTIVE, COMPLETED or ENDED match.")
    @APIResponse(responseCode = "201", description = "Given", headers = @Header(name = "Location", description = "The match"), content = @Content(schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a rating outside 1-5 or a comment over 1000 characters")
    @APIResponse(responseCode = "404", description = "No such match, or not your organisation's")
    @APIResponse(responseCode = "409", description = "Not ACTIVE, COMPLETED or ENDED, or a coordinator gave feedback already")
    public Response feedback(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id,
            @NotNull @Valid FeedbackInput input) {
        FeedbackView given = records.feedback(id, coordinator(), input);
        return Response.created(URI.create("/api/matches/" + id)).entity(given).build();
    }

    private Actor coordinator() {
        return Actor.coordinator(caller.requireOrganisation(), caller.subject());
    }

    /** For the OpenAPI document only: a page of matches. */
    @Schema(name = "MatchPage", type = SchemaType.OBJECT)
    static final class MatchPage {

        public List<MatchView> items;
        @Schema(description = "Zero-based page number", examples = "0")
        public int page;
        @Schema(description = "Page size", examples = "20")
        public int size;
        @Schema(description = "Total number of matches that match the filters", examples = "7")
        public long total;
    }
}
