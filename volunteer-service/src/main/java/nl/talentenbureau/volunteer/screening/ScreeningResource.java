package nl.talentenbureau.volunteer.screening;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Roles;

/** Screening and training records, kept by coordinators; volunteers read theirs on their profile. */
@Path("/api/volunteers")
@Tag(name = "Screening", description = "VOG and trainings (\"opleiden\")")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@SecurityRequirement(name = "oidc")
public class ScreeningResource {

    private final ScreeningService screening;

    public ScreeningResource(ScreeningService screening) {
        this.screening = screening;
    }

    @GET
    @Path("/screening/expiring")
    @RunOnVirtualThread
    @Operation(summary = "VOGs and trainings that run out soon", description = "Of volunteers not stopped, ordered by expiry date: plan renewals.")
    @APIResponse(responseCode = "200", description = "Expiring records", content = @Content(schema = @Schema(implementation = ExpiringScreening.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid parameter")
    public List<ExpiringScreening> expiring(
            @Parameter(description = "Days ahead to look", example = "60") @QueryParam("withinDays") @DefaultValue("60") @Min(0) @Max(3650) int withinDays,
            @Parameter(description = "Also list records that have run out already") @QueryParam("includeExpired") @DefaultValue("false") boolean includeExpired) {
        return screening.expiring(withinDays, includeExpired);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/vog")
    @RunOnVirtualThread
    @Operation(summary = "Record a VOG", description = "Stores the issue date; validity follows the coalition's rule (volunteer.vog-validity-years).")
    @APIResponse(responseCode = "200", description = "The volunteer's screening", content = @Content(schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "400", description = "Missing or future issue date")
    @APIResponse(responseCode = "404", description = "No such volunteer")
    public ScreeningView recordVog(@PathParam("id") UUID id, @NotNull @Valid ScreeningInput.VogInput input) {
        return screening.recordVog(id, input.issuedOn());
    }

    @DELETE
    @Path("/{id}/vog")
    @RunOnVirtualThread
    @Operation(summary = "Remove a VOG recorded by mistake")
    @APIResponse(responseCode = "200", description = "The volunteer's screening", content = @Content(schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer or no VOG on record")
    public ScreeningView removeVog(@PathParam("id") UUID id) {
        return screening.removeVog(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/trainings/{code}")
    @RunOnVirtualThread
    @Operation(summary = "Record a completed training", description = "Also for a renewal; the expiry follows from the catalogue's validity.")
    @APIResponse(responseCode = "200", description = "The volunteer's screening", content = @Content(schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "400", description = "Missing or future date")
    @APIResponse(responseCode = "404", description = "No such volunteer")
    @APIResponse(responseCode = "422", description = "Unknown or retired training")
    public ScreeningView recordTraining(@PathParam("id") UUID id,
            @Parameter(example = "first-aid") @PathParam("code") @Size(max = 40) String code,
            @NotNull @Valid ScreeningInput.TrainingCompletion input) {
        return screening.recordTraining(id, code, input.completedOn());
    }

    @DELETE
    @Path("/{id}/trainings/{code}")
    @RunOnVirtualThread
    @Operation(summary = "Remove a training recorded by mistake")
    @APIResponse(responseCode = "200", description = "The volunteer's screening", content = @Content(schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "400", description = "Code too long")
    @APIResponse(responseCode = "404", description = "No such volunteer or training record")
    public ScreeningView removeTraining(@PathParam("id") UUID id,
            @Parameter(example = "first-aid") @PathParam("code") @Size(max = 40) String code) {
        return screening.removeTraining(id, code);
    }
}
