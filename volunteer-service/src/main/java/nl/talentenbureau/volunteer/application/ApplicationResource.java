package nl.talentenbureau.volunteer.application;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

/**
 * The coordinators' side of applications: the confirmed ones of their organisation and the open ones, the intake
 * and its outcome. The applicant is told each step by mail (notification-service, from the feed).
 */
@Path("/api/applications")
@Tag(name = "Applications", description = "From an application to a volunteer: intake and outcome (\"vinden\")")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class ApplicationResource {

    private final ApplicationService applications;
    private final Caller caller;

    public ApplicationResource(ApplicationService applications, Caller caller) {
        this.applications = applications;
        this.caller = caller;
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "List confirmed applications", description = "A coordinator: their organisation's (to its vacancies and events, or taken up) and the open ones; an admin: all. Never one whose mail link was not followed. Newest first, at most 200.")
    @APIResponse(responseCode = "200", description = "The applications", content = @Content(schema = @Schema(implementation = ApplicationView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Unknown status")
    public List<ApplicationView> list(
            @Parameter(description = "Only this status", example = "CONFIRMED") @QueryParam("status") ApplicationStatus status) {
        return applications.list(caller.isAdmin() ? null : caller.requireOrganisation(), status).stream()
                .map(ApplicationView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Read an application")
    @APIResponse(responseCode = "200", description = "The application", headers = @Header(name = "ETag", description = "Version to send in If-Match"), content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "403", description = "Another organisation's application")
    @APIResponse(responseCode = "404", description = "No such application, or not confirmed")
    public Response get(@PathParam("id") UUID id) {
        Application application = applications.get(id, caller.isAdmin() ? null : caller.requireOrganisation(),
                caller.isAdmin());
        return shown(application);
    }

    @PUT
    @Path("/{id}/intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Plan or move the intake", description = "The first planning takes an open application up for your organisation and makes it a volunteer profile there (APPLIED, then INTAKE: complete it with PUT /api/volunteers/{id}); the applicant gets a mail with the appointment. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Planned", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or invalid field")
    @APIResponse(responseCode = "403", description = "Another organisation's application")
    @APIResponse(responseCode = "404", description = "No such application, or not confirmed")
    @APIResponse(responseCode = "409", description = "Decided already")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response planIntake(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read (optional)", example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationInput.Intake input) {
        return shown(applications.planIntake(id, caller.requireOrganisation(), ETags.optional(ifMatch), input));
    }

    @POST
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record the intake's outcome", description = "ACTIVE (after the intake): the profile becomes ACTIVE. DECLINED with a reason (before or after the intake): the profile, if any, is STOPPED, and the application is erased after volunteer.recruitment.declined-kept-for. The applicant gets a mail. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, invalid field, or a decline without a reason")
    @APIResponse(responseCode = "403", description = "Another organisation's application")
    @APIResponse(responseCode = "404", description = "No such application, or not confirmed")
    @APIResponse(responseCode = "409", description = "Not a step from its status (ACTIVE before the intake, decided already)")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response decide(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read (optional)", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationInput.Outcome input) {
        return shown(applications.decide(id, caller.requireOrganisation(), ETags.optional(ifMatch), input));
    }

    private static Response shown(Application application) {
        return Response.ok(ApplicationView.of(application)).tag(ETags.of(application.version)).build();
    }
}
