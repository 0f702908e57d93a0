package nl.talentenbureau.volunteer.session;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.catalog.CatalogViews;

/**
 * Training sessions ("opleiden"): the coordinators of the organisation that gives a session schedule, change and
 * cancel it, enrol volunteers and record who came; every signed-in volunteer, coordinator or admin reads the
 * sessions (places and waiting list as numbers only).
 */
@Path("/api/training-sessions")
@Tag(name = "Training sessions", description = "Sessions of the catalogue's trainings, enrolments and attendance")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class TrainingSessionResource {

    private final TrainingSessionService sessions;
    private final Caller caller;

    public TrainingSessionResource(TrainingSessionService sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Schedule a session", description = "For the coordinator's organisation, which alone manages it.")
    @APIResponse(responseCode = "201", description = "Scheduled", headers = {
            @Header(name = "Location", description = "The new session"),
            @Header(name = "ETag", description = "Version to send in If-Match")}, content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or invalid field (a date in the past, an end before the start)")
    @APIResponse(responseCode = "422", description = "Unknown or retired training, unknown kern")
    public Response create(@NotNull @Valid SessionInput.Session input) {
        SessionDetails created = sessions.create(caller.requireOrganisation(), input);
        return Response.created(URI.create("/api/training-sessions/" + created.session().id))
                .tag(ETags.of(created.session().version)).entity(created.view()).build();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER, Roles.ADMIN})
    @Operation(summary = "List sessions", description = "From a date on (today when not sent), by date and start time; at most 200.")
    @APIResponse(responseCode = "200", description = "The sessions", content = @Content(schema = @Schema(implementation = SessionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid parameter")
    public List<SessionView> list(
            @Parameter(description = "Training code", example = "dementia-basics") @QueryParam("training") @Size(max = 40) @Pattern(regexp = CatalogViews.CODE_PATTERN) String training,
            @Parameter(description = "Kern code", example = "breukelen") @QueryParam("kern") @Size(max = 60) @Pattern(regexp = CatalogViews.CODE_PATTERN) String kern,
            @Parameter(description = "Given by this organisation", example = "welzijn-stichtse-vecht") @QueryParam("organisation") @Size(max = 80) @Pattern(regexp = CatalogViews.CODE_PATTERN) String organisation,
            @Parameter(description = "First date (ISO), default today", example = "2027-01-01") @QueryParam("from") @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}") String from) {
        return sessions.list(training, kern, organisation, from == null ? LocalDate.now() : date("from", from))
                .stream().map(SessionDetails::view).toList();
    }

    /** A query parameter as a date; JAX-RS would answer 404 for one it cannot convert, so it is parsed here. */
    private static LocalDate date(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "is not a date (yyyy-MM-dd)");
        }
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER, Roles.ADMIN})
    @Operation(summary = "Read a session")
    @APIResponse(responseCode = "200", description = "The session", headers = @Header(name = "ETag", description = "Version to send in If-Match"), content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such session")
    public Response get(@PathParam("id") UUID id) {
        return shown(sessions.details(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Change a session", description = "Replaces date, times, kern, place, trainer and places (the training stays). More places move the waiting list up in order. Needs the ETag last read in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or invalid field")
    @APIResponse(responseCode = "403", description = "Another organisation's session")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Not scheduled any more, another training, or fewer places than are taken")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "422", description = "Unknown kern")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replace(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read", required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SessionInput.Session input) {
        return shown(sessions.update(id, caller.requireOrganisation(), ETags.required(ifMatch), input));
    }

    @POST
    @Path("/{id}/cancel")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Cancel a session", description = "Final; its enrolments stay on record. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Cancelled", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or an If-Match this service did not issue")
    @APIResponse(responseCode = "403", description = "Another organisation's session")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Cancelled or held already")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response cancel(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read (optional)", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return shown(sessions.cancel(id, caller.requireOrganisation(), ETags.optional(ifMatch)));
    }

    @GET
    @Path("/{id}/enrolments")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "List a session's enrolments", description = "For the coordinators of its organisation: every enrolment in the order made, with the waiting list's positions.")
    @APIResponse(responseCode = "200", description = "The enrolments", content = @Content(schema = @Schema(implementation = EnrolmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "403", description = "Another organisation's session")
    @APIResponse(responseCode = "404", description = "No such session")
    public List<EnrolmentView> enrolments(@PathParam("id") UUID id) {
        return sessions.enrolments(id, caller.requireOrganisation());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/enrolments")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Enrol a volunteer", description = "A place while one is free, else the end of the waiting list.")
    @APIResponse(responseCode = "201", description = "Enrolled or waiting", headers = @Header(name = "Location", description = "The session's enrolments"), content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or invalid field")
    @APIResponse(responseCode = "403", description = "Another organisation's session")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Enrolled or waiting already, or the session is past, cancelled or held")
    @APIResponse(responseCode = "422", description = "No such volunteer")
    public Response enrol(@PathParam("id") UUID id, @NotNull @Valid SessionInput.Enrol input) {
        EnrolmentView enrolment = sessions.enrol(id, caller.requireOrganisation(), input.volunteerId());
        return Response.created(URI.create("/api/training-sessions/" + id + "/enrolments")).entity(enrolment).build();
    }

    @DELETE
    @Path("/{id}/enrolments/{volunteerId}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Cancel a volunteer's enrolment", description = "A place that frees goes to the first on the waiting list.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "400", description = "An id is not a UUID")
    @APIResponse(responseCode = "403", description = "Another organisation's session")
    @APIResponse(responseCode = "404", description = "No such session, or the volunteer is neither enrolled nor waiting")
    @APIResponse(responseCode = "409", description = "The session is past, cancelled or held")
    public EnrolmentView cancelEnrolment(@PathParam("id") UUID id, @PathParam("volunteerId") UUID volunteerId) {
        return sessions.cancelEnrolment(id, caller.requireOrganisation(), volunteerId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/attendance")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record who attended", description = "Once, on or after the session's day: the listed volunteers are ATTENDED and have the training recorded as completed on that day (expiry from the catalogue), the other enrolled ones ABSENT. The session becomes HELD.")
    @APIResponse(responseCode = "200", description = "Recorded: every enrolment", content = @Content(schema = @Schema(implementation = EnrolmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Malformed body or invalid field")
    @APIResponse(responseCode = "403", description = "Another organisation's session")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Recorded already, cancelled, or the session is still to come")
    @APIResponse(responseCode = "422", description = "A listed volunteer held no place, or the training was retired")
    public List<EnrolmentView> attendance(@PathParam("id") UUID id, @NotNull @Valid SessionInput.Attendance input) {
        return sessions.recordAttendance(id, caller.requireOrganisation(), input.attended());
    }

    private static Response shown(SessionDetails details) {
        return Response.ok().tag(ETags.of(details.session().version)).entity(details.view()).build();
    }
}
