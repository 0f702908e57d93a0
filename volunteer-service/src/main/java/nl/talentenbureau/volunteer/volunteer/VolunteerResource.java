package nl.talentenbureau.volunteer.volunteer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.VolunteerConfig;
import nl.talentenbureau.volunteer.availability.Slot;
import nl.talentenbureau.volunteer.catalog.CatalogViews;

/** The coordinators' view of the coalition's shared volunteer pool. */
@Path("/api/volunteers")
@Tag(name = "Volunteers", description = "The shared volunteer pool, for coordinators")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class VolunteerResource {

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final java.util.regex.Pattern UUID_PATTERN = java.util.regex.Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final VolunteerService volunteers;
    private final Idempotency idempotency;
    private final Caller caller;
    private final VolunteerConfig config;

    public VolunteerResource(VolunteerService volunteers, Idempotency idempotency, Caller caller,
            VolunteerConfig config) {
        this.volunteers = volunteers;
        this.idempotency = idempotency;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Register a volunteer", description = "Creates a profile in status APPLIED, member of the coordinator's organisation. Send an Idempotency-Key to retry safely: "
            + "the same key and body answer 201 with the profile as it is now (the key keeps no answer body), 404 once it was erased.")
    @APIResponse(responseCode = "201", description = "Registered", headers = {
            @Header(name = "Location", description = "The new profile"),
            @Header(name = "ETag", description = "Version to send in If-Match")}, content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, invalid field or a field you cannot set")
    @APIResponse(responseCode = "404", description = "A repeated Idempotency-Key whose volunteer was erased since")
    @APIResponse(responseCode = "409", description = "A call with this Idempotency-Key is still in flight")
    @APIResponse(responseCode = "422", description = "Unknown or retired kern, talent or theme code, or an Idempotency-Key used with another body")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body give the same answer; kept 24 hours", example = "3f6c2a1e-register-0042") @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7e]+", message = "must be printable ASCII without spaces") String idempotencyKey,
            @NotNull @Valid CoordinatorInput input) {
        String organisation = caller.requireOrganisation();
        // the key keeps no answer body (it would hold contact details): every answer reads the profile anew, so a
        // replay after erasure answers 404
        return idempotency.create(caller.subject(), idempotencyKey, input,
                () -> new Idempotency.Created(
                        "/api/volunteers/" + volunteers.create(organisation, input).volunteer().id),
                id -> {
                    VolunteerDetails details = volunteers.details(UUID.fromString(id));
                    return new Idempotency.Current(details.volunteer().version, VolunteerView.of(details));
                }).toResponse();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "List volunteers", description = "Pages through the pool, ordered by name; filters combine with AND. Erased profiles are never listed. "
            + "With id (repeatable, at most volunteer.page.max-ids): only those volunteers, with their email and phone, so a coordinator reaches a whole candidate list in one call; "
            + "unknown or erased ids are simply absent, the other filters still apply, the order stays by name and the page size defaults to the number of ids.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = VolunteerPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter, an id that is not a UUID, or more ids than volunteer.page.max-ids")
    public PageView<VolunteerSummary> list(
            @Parameter(description = "Only this volunteer; repeat for a candidate list (at most volunteer.page.max-ids, 100 by default). Adds email and phone to the answer", example = "[\"0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31\", \"5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18\"]") @QueryParam("id") List<String> ids,
            @Parameter(description = "Home kern code", example = "breukelen") @QueryParam("kern") @Size(max = 60) String kern,
            @Parameter(description = "Talent code", example = "digital-help") @QueryParam("talent") @Size(max = 40) String talent,
            @Parameter(description = "Minimum level of that talent (needs talent)", example = "2") @QueryParam("minLevel") @Min(1) @Max(3) Integer minLevel,
            @Parameter(description = "Status") @QueryParam("status") VolunteerStatus status,
            @Parameter(description = "Available in this weekly slot", example = "TUE_MORNING") @QueryParam("freeIn") Slot freeIn,
            @Parameter(description = "true: VOG valid today; false: no valid VOG") @QueryParam("vogValid") Boolean vogValid,
            @Parameter(description = "Holds this training, not expired", example = "first-aid") @QueryParam("training") @Size(max = 40) String training,
            @Parameter(description = "Member of this organisation", example = "handjehelpen") @QueryParam("organisation") @Size(max = 80) String organisation,
            @Parameter(description = "Part of the name, case-insensitive", example = "vries") @QueryParam("q") @Size(max = 120) String q,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Page size (at most volunteer.page.max-size); 20 when not sent, or the number of ids with id", example = "20") @QueryParam("size") @Min(1) @Max(1000) Integer size) {
        if (size != null && size > config.page().maxSize()) {
            throw ProblemException.invalid("size", "must be at most " + config.page().maxSize());
        }
        if (minLevel != null && talent == null) {
            throw ProblemException.invalid("minLevel", "needs a talent to apply to");
        }
        List<UUID> wanted = ids(ids);
        int pageSize = size != null ? size : wanted.isEmpty() ? DEFAULT_PAGE_SIZE : wanted.size();
        VolunteerFilter filter = new VolunteerFilter(kern, talent, minLevel, status, freeIn, vogValid, training,
                organisation, q, wanted);
        PageView<Volunteer> found = volunteers.search(filter, page, pageSize);
        if (!filter.byIds()) {
            return found.map(VolunteerSummary::of);
        }
        Set<UUID> reachable = volunteers.showingContact(found.items(), ContactRule.of(caller));
        return found.map(v -> reachable.contains(v.id) ? VolunteerSummary.withContact(v) : VolunteerSummary.of(v));
    }

    /** The distinct ids asked for, in the order first asked; 400 naming {@code id} when one is not a UUID. */
    private List<UUID> ids(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        Set<UUID> distinct = new LinkedHashSet<>();
        for (String value : values) {
            if (!UUID_PATTERN.matcher(value).matches()) {
                throw ProblemException.invalid("id", "must be a UUID");
            }
            distinct.add(UUID.fromString(value));
        }
        if (distinct.size() > config.page().maxIds()) {
            throw ProblemException.invalid("id", "at most " + config.page().maxIds() + " ids at once");
        }
        return List.copyOf(distinct);
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Read a volunteer's profile")
    @APIResponse(responseCode = "200", description = "The profile", headers = @Header(name = "ETag", description = "Version to send in If-Match"), content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer, or erased")
    public Response get(@PathParam("id") UUID id) {
        return shown(Response.ok(), volunteers.details(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Replace a volunteer's profile", description = "Replaces every field the coordinator owns. Needs the ETag last read in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, invalid field or a field you cannot set")
    @APIResponse(responseCode = "404", description = "No such volunteer")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "422", description = "Unknown or retired code")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replace(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read", required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CoordinatorInput input) {
        return shown(Response.ok(), volunteers.replace(id, ETags.required(ifMatch), input, ContactRule.of(caller)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/status")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Step a volunteer's status", description = "APPLIED -> INTAKE -> ACTIVE <-> PAUSED, and STOPPED from any status but STOPPED. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Stepped", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(responseCode = "404", description = "No such volunteer")
    @APIResponse(responseCode = "409", description = "This step is not allowed from the current status")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response step(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read (optional)", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StatusStep step) {
        return shown(Response.ok(), volunteers.step(id, step.status(), ETags.optional(ifMatch)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/memberships/{organisation}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Add the volunteer to your organisation", description = "A coordinator manages memberships of their own organisation only. Idempotent.")
    @APIResponse(responseCode = "200", description = "Member", content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Not an organisation code")
    @APIResponse(responseCode = "403", description = "Not your organisation")
    @APIResponse(responseCode = "404", description = "No such volunteer")
    public Response join(@PathParam("id") UUID id,
            @Parameter(example = "handjehelpen") @PathParam("organisation") @Pattern(regexp = CatalogViews.CODE_PATTERN) String organisation) {
        return shown(Response.ok(), volunteers.join(id, ownOrganisation(organisation)));
    }

    @DELETE
    @Path("/{id}/memberships/{organisation}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Remove the volunteer from your organisation")
    @APIResponse(responseCode = "200", description = "No longer a member", content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Not an organisation code")
    @APIResponse(responseCode = "403", description = "Not your organisation")
    @APIResponse(responseCode = "404", description = "No such volunteer or not a member")
    public Response leave(@PathParam("id") UUID id,
            @Parameter(example = "handjehelpen") @PathParam("organisation") @Pattern(regexp = CatalogViews.CODE_PATTERN) String organisation) {
        return shown(Response.ok(), volunteers.leave(id, ownOrganisation(organisation)));
    }

    private String ownOrganisation(String organisation) {
        if (!organisation.equals(caller.requireOrganisation())) {
            throw ProblemException.forbidden("you manage memberships of your own organisation only");
        }
        return organisation;
    }

    /** The profile as this caller may see it: e-mail and phone only by {@link ContactRule}. */
    private Response shown(Response.ResponseBuilder builder, VolunteerDetails details) {
        boolean contact = volunteers.showsContact(details.volunteer(), ContactRule.of(caller));
        return builder.tag(ETags.of(details.volunteer().version)).entity(VolunteerView.of(details, contact)).build();
    }

    /** The whole profile with contact details: for the volunteer themselves. */
    static Response withETag(Response.ResponseBuilder builder, VolunteerDetails details) {
        return builder.tag(ETags.of(details.volunteer().version)).entity(VolunteerView.of(details)).build();
    }

    /** For the OpenAPI document only: a page of summaries. */
    @Schema(name = "VolunteerPage", type = SchemaType.OBJECT)
    static final class VolunteerPage {

        public List<VolunteerSummary> items;
        @Schema(examples = "0")
        public int page;
        @Schema(examples = "20")
        public int size;
        @Schema(examples = "137")
        public long total;
    }
}
