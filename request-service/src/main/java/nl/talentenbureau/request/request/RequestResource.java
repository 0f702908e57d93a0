package nl.talentenbureau.request.request;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import nl.talentenbureau.platform.idempotency.Idempotency;
import nl.talentenbureau.platform.idempotency.StoredAnswer;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.request.RequestConfig;

/** Help requests: intake by partner apps and coordinators, reading by role, changes and status steps. */
@Path("/api/requests")
@Tag(name = "Requests", description = "Help requests from seniors and organisations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class RequestResource {

    private final RequestService requests;
    private final RequestIntake intake;
    private final RequestLifecycle lifecycle;
    private final RequesterPrivacy privacy;
    private final Idempotency idempotency;
    private final Caller caller;
    private final RequestConfig config;

    public RequestResource(RequestService requests, RequestIntake intake, RequestLifecycle lifecycle,
            RequesterPrivacy privacy, Idempotency idempotency, Caller caller, RequestConfig config) {
        this.requests = requests;
        this.intake = intake;
        this.lifecycle = lifecycle;
        this.privacy = privacy;
        this.idempotency = idempotency;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @RolesAllowed({Roles.PARTNER, Roles.COORDINATOR})
    @Operation(summary = "Post a help request", description = """
            Creates a request in status OPEN, owned by the caller's organisation (from the token). Send an
            Idempotency-Key to retry safely: the same key and body answer 201 with the request as it is now (the key
            keeps no answer body, so a replay after erasure shows the requester erased), the same key with another
            body answers 422, a key still in flight after a short wait answers 409. Keys are per client, kept 24 hours.""")
    @APIResponse(responseCode = "201", description = "Created (or the replay of the first answer for this key)", headers = {
            @Header(name = "Location", description = "The new request"),
            @Header(name = "ETag", description = "Version to send in If-Match")}, content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, invalid field or a field you cannot set")
    @APIResponse(responseCode = "409", description = "A call with this Idempotency-Key is still in flight")
    @APIResponse(responseCode = "422", description = "Unknown or retired code, an Idempotency-Key used with another body, or an organisation alias in the token longer than 80 characters")
    @APIResponse(responseCode = "503", description = "The catalogue cannot be reached to check the codes")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body give the same answer", example = "3f6c2a1e-intake-0042") @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7e]+", message = "must be printable ASCII without spaces") String idempotencyKey,
            @NotNull @Valid RequestInput input) {
        Viewer viewer = Viewer.of(caller);
        // the key is scoped per client: the token subject (a partner app's service account, a coordinator)
        // the key keeps no answer body (it would hold the requester): the first answer is what the intake read back
        // before its commit, a replay reads the request anew
        StoredAnswer answer = idempotency.create(viewer.subject(), idempotencyKey, input,
                () -> created(intake.create(viewer, input)),
                id -> current(requests.details(viewer, UUID.fromString(id))));
        return answer.toResponse();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN})
    @Operation(summary = "List help requests", description = "Newest first; filters combine with AND. A partner app sees only its own organisation's requests.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = RequestPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    public PageView<RequestSummary> list(
            @Parameter(description = "Status") @QueryParam("status") RequestStatus status,
            @Parameter(description = "Kern code", example = "breukelen") @QueryParam("kern") @Size(max = 60) String kern,
            @Parameter(description = "Theme code", example = "digital") @QueryParam("theme") @Size(max = 40) String theme,
            @Parameter(description = "Urgency") @QueryParam("urgency") Urgency urgency,
            @Parameter(description = "Owning organisation (coordinators)", example = "kwadraad") @QueryParam("organisation") @Size(max = 80) String organisation,
            @Parameter(description = "Created at or after (ISO 8601 with offset)", example = "2026-06-01T00:00:00+02:00") @QueryParam("createdFrom") @Size(max = 40) String createdFrom,
            @Parameter(description = "Created before (ISO 8601 with offset)", example = "2026-07-01T00:00:00+02:00") @QueryParam("createdTo") @Size(max = 40) String createdTo,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Page size (at most request.page.max-size)", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(1000) int size) {
        checkSize(size);
        RequestFilter filter = new RequestFilter(status, kern, theme, urgency, organisation,
                time("createdFrom", createdFrom), time("createdTo", createdTo));
        return requests.search(Viewer.of(caller), filter, page, size).map(RequestSummary::of);
    }

    @GET
    @Path("/open")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Browse open requests (volunteers)", description = "Anonymised: no requester, no organisation, no description.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = OpenRequestPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    public PageView<OpenRequestView> open(
            @Parameter(description = "Kern code", example = "breukelen") @QueryParam("kern") @Size(max = 60) String kern,
            @Parameter(description = "Theme code", example = "digital") @QueryParam("theme") @Size(max = 40) String theme,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Page size (at most request.page.max-size)", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(1000) int size) {
        checkSize(size);
        return requests.openRequests(kern, theme, page, size).map(OpenRequestView::of);
    }

    @GET
    @Path("/open/{id}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Read one open request (volunteers)", description = "Anonymised; 404 once it is no longer OPEN.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = OpenRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request, or not OPEN")
    public OpenRequestView openOne(@PathParam("id") UUID id) {
        return OpenRequestView.of(requests.openRequest(id));
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTNER, Roles.ADMIN, Roles.VOLUNTEER})
    @Operation(summary = "Read a help request", description = """
            The requester's personal data is included for coordinators of the owning organisation, and for a volunteer
            who holds a live (accepted or active) match of this request, so they can reach the requester; once that
            match is completed, ended or declined they no longer do. A volunteer who was offered the request (a
            proposed match, not yet answered) reads it without the requester, to decide on the offer. Any other
            volunteer gets 404 (open requests are browsed anonymised under /api/requests/open).""")
    @APIResponse(responseCode = "200", description = "The request", headers = @Header(name = "ETag", description = "Version to send in If-Match"), content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request, another organisation's (partner apps), or one the volunteer was neither offered nor holds a live match of")
    public Response get(
            @Parameter(description = "The request's id", example = "6f1c7d0e-4a51-4f7e-9a55-0d6b3f8f2a10") @PathParam("id") UUID id) {
        return withETag(Response.ok(), requests.details(Viewer.of(caller), id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTNER})
    @Operation(summary = "Replace a help request", description = "The owning organisation changes its request while it is OPEN. Needs the ETag last read in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, invalid field or a field you cannot set")
    @APIResponse(responseCode = "403", description = "Another organisation's request")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "No longer OPEN")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "422", description = "Unknown or retired code")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "503", description = "The catalogue cannot be reached to check the codes")
    public Response replace(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read", required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RequestInput input) {
        return withETag(Response.ok(), intake.replace(Viewer.of(caller), id, ETags.required(ifMatch), input));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/status")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTNER})
    @Operation(summary = "Step a request's status", description = """
            OPEN -> MATCHED -> IN_PROGRESS -> COMPLETED (MATCHED may fall back to OPEN); CANCELLED from any status that has
            not ended. The service takes these steps itself as it follows matching-service's matches; coordinators of the
            owning organisation can still take every step by hand, its partner app may only cancel. EXPIRED is set by the
            service. If-Match is checked when sent.""")
    @APIResponse(responseCode = "200", description = "Stepped", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(responseCode = "403", description = "Another organisation's request, or a step your role may not take")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "This step is not allowed from the current status")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response step(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read (optional)", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StatusStep step) {
        return withETag(Response.ok(),
                lifecycle.step(Viewer.of(caller), id, step.status(), ETags.optional(ifMatch)));
    }

    @GET
    @Path("/{id}/requester")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Export the requester's data", description = "Everything held about the requester of this request, for a coordinator of the owning organisation.")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(schema = @Schema(implementation = RequesterExport.class)))
    @APIResponse(responseCode = "403", description = "Not your organisation's request")
    @APIResponse(responseCode = "404", description = "No such request, or it has no requester data")
    public RequesterExport export(@PathParam("id") UUID id) {
        RequestDetails details = privacy.export(Viewer.of(caller), id);
        return new RequesterExport(details.requester(), RequestView.of(details));
    }

    @DELETE
    @Path("/{id}/requester")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Erase the requester's data now", description = "Blanks name, phone, address and notes; the request stays for the counts.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "403", description = "Not your organisation's request")
    @APIResponse(responseCode = "404", description = "No such request, or it has no requester data")
    public void erase(@PathParam("id") UUID id) {
        privacy.eraseRequester(Viewer.of(caller), id);
    }

    private void checkSize(int size) {
        if (size > config.page().maxSize()) {
            throw ProblemException.invalid("size", "must be at most " + config.page().maxSize());
        }
    }

    private static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO 8601 time with offset");
        }
    }

    private static Idempotency.Created created(RequestDetails details) {
        return new Idempotency.Created("/api/requests/" + details.request().id, current(details));
    }

    private static Idempotency.Current current(RequestDetails details) {
        return new Idempotency.Current(details.request().version, RequestView.of(details));
    }

    static Response withETag(Response.ResponseBuilder builder, RequestDetails details) {
        return builder.tag(ETags.of(details.request().version)).entity(RequestView.of(details)).build();
    }

    /** For the OpenAPI document only: a page of summaries. */
    @Schema(name = "RequestPage", type = SchemaType.OBJECT)
    static final class RequestPage {

        public java.util.List<RequestSummary> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "137")
        public long total;
    }

    /** For the OpenAPI document only: a page of open requests. */
    @Schema(name = "OpenRequestPage", type = SchemaType.OBJECT)
    static final class OpenRequestPage {

        public java.util.List<OpenRequestView> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "137")
        public long total;
    }
}
