package nl.talentenbureau.request.signal;

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
import nl.talentenbureau.request.request.Viewer;

/** Signals ("niet-pluis") and warm referral with feedback to whoever raised them. */
@Path("/api/signals")
@Tag(name = "Signals", description = "Something is not right with a senior: referred to an organisation of the directory, answered to the raiser")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class SignalResource {

    private final SignalService signals;
    private final Idempotency idempotency;
    private final Caller caller;
    private final RequestConfig config;

    public SignalResource(SignalService signals, Idempotency idempotency, Caller caller, RequestConfig config) {
        this.signals = signals;
        this.idempotency = idempotency;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    @Operation(summary = "Raise a signal", description = """
            A volunteer raises one about the senior of a request they hold a live (accepted or active) match of; a
            coordinator about a request of their own organisation, or without a request about a senior in a kern. It is
            referred to an organisation of the directory, with only the reference that organisation needs: the request
            when it owns it, otherwise the contact details the senior agreed to share, with that consent. The note is a few
            sentences (at most 500 characters). Send an Idempotency-Key to retry safely.""")
    @APIResponse(responseCode = "201", description = "Raised", headers = {
            @Header(name = "Location", description = "The new signal"),
            @Header(name = "ETag", description = "Its version")}, content = @Content(schema = @Schema(implementation = SignalView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, invalid field, a field you cannot set, or a reference that is missing or not needed")
    @APIResponse(responseCode = "409", description = "A call with this Idempotency-Key is still in flight")
    @APIResponse(responseCode = "422", description = "Not a request you may refer (no live match of yours, another organisation's), an unknown theme, kern or organisation, or an Idempotency-Key used with another body")
    @APIResponse(responseCode = "503", description = "The catalogue cannot be reached to check the codes")
    public Response raise(
            @Parameter(description = "Makes retries safe: the same key and body give the same answer", example = "signal-2026-12-02-anna-1") @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7e]+", message = "must be printable ASCII without spaces") String idempotencyKey,
            @NotNull @Valid SignalInput input) {
        Viewer viewer = Viewer.of(caller);
        StoredAnswer answer = idempotency.create(viewer.subject(), idempotencyKey, input,
                () -> new Idempotency.Created("/api/signals/" + signals.raise(viewer, input).signal().id),
                id -> current(signals.get(viewer, UUID.fromString(id))));
        return answer.toResponse();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    @Operation(summary = "List the caller's signals", description = "The signals the caller raised, and for a coordinator those referred to their organisation (with the reference); newest first.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = SignalPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    public PageView<SignalView> list(
            @Parameter(description = "Status") @QueryParam("status") SignalStatus status,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Page size (at most request.page.max-size)", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(1000) int size) {
        checkSize(size);
        return signals.list(Viewer.of(caller), status, page, size);
    }

    @GET
    @Path("/escalated")
    @RunOnVirtualThread
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Signals escalated to the coalition's admin", description = "Signals not picked up in time (request.signals.escalate-after), latest escalation first: which organisation, how urgent, where it stands. No note, no reference, no raiser.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = EscalatedPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    public PageView<EscalatedSignalView> escalated(
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Page size (at most request.page.max-size)", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(1000) int size) {
        checkSize(size);
        return signals.escalated(page, size);
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    @Operation(summary = "Read a signal", description = "For whoever raised it (with the feedback, without the reference) and the receiving organisation's coordinators (with the reference); 404 for everybody else.")
    @APIResponse(responseCode = "200", description = "The signal", headers = @Header(name = "ETag", description = "Version to send in If-Match"), content = @Content(schema = @Schema(implementation = SignalView.class)))
    @APIResponse(responseCode = "404", description = "No such signal (or not a UUID), or not yours to see")
    public Response get(
            @Parameter(description = "The signal's id", example = "0b7d9a55-3c1e-4a8f-9b2d-6e4f1a2c3d4e") @PathParam("id") UUID id) {
        return withETag(signals.get(Viewer.of(caller), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/status")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Step a signal", description = """
            RAISED -> PICKED_UP -> FEEDBACK_GIVEN (with a short answer to the raiser, never the senior's case details; at
            most 500 characters) -> CLOSED, by a coordinator of the receiving organisation. If-Match is checked when sent.""")
    @APIResponse(responseCode = "200", description = "Stepped", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = SignalView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status, feedback missing with FEEDBACK_GIVEN or sent with another step")
    @APIResponse(responseCode = "403", description = "You raised it: only the receiving organisation takes its steps")
    @APIResponse(responseCode = "404", description = "No such signal, or not yours to see")
    @APIResponse(responseCode = "409", description = "Not the next step from the current status")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response step(
            @Parameter(description = "The signal's id", example = "0b7d9a55-3c1e-4a8f-9b2d-6e4f1a2c3d4e") @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read (optional)", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SignalStep step) {
        return withETag(signals.step(Viewer.of(caller), id, ETags.optional(ifMatch), step));
    }

    private void checkSize(int size) {
        if (size > config.page().maxSize()) {
            throw ProblemException.invalid("size", "must be at most " + config.page().maxSize());
        }
    }

    private static Idempotency.Current current(SignalService.Seen seen) {
        return new Idempotency.Current(seen.signal().version, seen.view());
    }

    private static Response withETag(SignalService.Seen seen) {
        return Response.ok(seen.view()).tag(ETags.of(seen.signal().version)).build();
    }

    /** For the OpenAPI document only: a page of signals. */
    @Schema(name = "SignalPage", type = SchemaType.OBJECT)
    static final class SignalPage {

        public java.util.List<SignalView> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "3")
        public long total;
    }

    /** For the OpenAPI document only: a page of escalated signals. */
    @Schema(name = "EscalatedSignalPage", type = SchemaType.OBJECT)
    static final class EscalatedPage {

        public java.util.List<EscalatedSignalView> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "1")
        public long total;
    }
}
