package nl.talentenbureau.volunteer.vacancy;

import java.net.URI;
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

/** An organisation's vacancies ("vacatures"), managed by its coordinators; an admin reads them all. */
@Path("/api/vacancies")
@Tag(name = "Vacancies", description = "What organisations look for (\"vinden\")")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class VacancyResource {

    private final VacancyService vacancies;
    private final Caller caller;

    public VacancyResource(VacancyService vacancies, Caller caller) {
        this.vacancies = vacancies;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Publish a vacancy", description = "For the coordinator's organisation. OPEN ones are read by anyone at /api/public/vacancies.")
    @APIResponse(responseCode = "201", description = "Published", headers = {
            @Header(name = "Location", description = "The new vacancy"),
            @Header(name = "ETag", description = "Version to send in If-Match")}, content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, invalid field, or neither hours per week nor slots")
    @APIResponse(responseCode = "422", description = "Unknown theme or kern, unknown or retired talent or training")
    public Response create(@NotNull @Valid VacancyInput input) {
        Vacancy vacancy = vacancies.create(caller.requireOrganisation(), input);
        return Response.created(URI.create("/api/vacancies/" + vacancy.id)).tag(ETags.of(vacancy.version))
                .entity(VacancyView.of(vacancy)).build();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "List vacancies", description = "A coordinator's organisation's, an admin's: all; newest first, at most 200.")
    @APIResponse(responseCode = "200", description = "The vacancies", content = @Content(schema = @Schema(implementation = VacancyView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Unknown status")
    public List<VacancyView> list(
            @Parameter(description = "Only OPEN or CLOSED") @QueryParam("status") VacancyStatus status) {
        String organisation = caller.isAdmin() ? null : caller.requireOrganisation();
        return vacancies.list(organisation, status).stream().map(VacancyView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Read a vacancy")
    @APIResponse(responseCode = "200", description = "The vacancy", headers = @Header(name = "ETag", description = "Version to send in If-Match"), content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "403", description = "Another organisation's vacancy")
    @APIResponse(responseCode = "404", description = "No such vacancy")
    public Response get(@PathParam("id") UUID id) {
        Vacancy vacancy = vacancies.get(id, caller.isAdmin() ? null : caller.requireOrganisation(), caller.isAdmin());
        return Response.ok(VacancyView.of(vacancy)).tag(ETags.of(vacancy.version)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Replace a vacancy", description = "Every field, the status (OPEN or CLOSED) too. Needs the ETag last read in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or invalid field")
    @APIResponse(responseCode = "403", description = "Another organisation's vacancy")
    @APIResponse(responseCode = "404", description = "No such vacancy")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "422", description = "Unknown theme or kern, unknown or retired talent or training")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replace(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read", required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid VacancyInput input) {
        Vacancy vacancy = vacancies.replace(id, caller.requireOrganisation(), ETags.required(ifMatch), input);
        return Response.ok(VacancyView.of(vacancy)).tag(ETags.of(vacancy.version)).build();
    }
}
