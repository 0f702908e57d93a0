package nl.talentenbureau.volunteer.availability;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.core.Profiles;

/** Absences: a coordinator records them for anyone in the pool, a volunteer for themselves. */
@Path("/api/volunteers")
@Tag(name = "Absences", description = "Date ranges in which a volunteer is away")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class AvailabilityResource {

    private final AvailabilityService availability;
    private final Profiles profiles;
    private final Caller caller;

    public AvailabilityResource(AvailabilityService availability, Profiles profiles, Caller caller) {
        this.availability = availability;
        this.profiles = profiles;
        this.caller = caller;
    }

    @GET
    @Path("/me/absences")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "List your absences")
    @APIResponse(responseCode = "200", description = "Your absences, earliest first", content = @Content(schema = @Schema(implementation = AbsenceView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "You have not applied yet")
    public List<AbsenceView> ownAbsences() {
        return availability.absencesOf(profiles.ownId(caller.subject()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/me/absences")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Add an absence to your profile")
    @APIResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location", description = "The absence"), content = @Content(schema = @Schema(implementation = AbsenceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid dates")
    @APIResponse(responseCode = "404", description = "You have not applied yet")
    @APIResponse(responseCode = "409", description = "Too many absences on record")
    public Response addOwn(@NotNull @Valid AbsenceCreate create) {
        Absence absence = availability.addAbsence(profiles.ownId(caller.subject()), create);
        return Response.created(URI.create("/api/volunteers/me/absences/" + absence.id))
                .entity(AbsenceView.of(absence)).build();
    }

    @DELETE
    @Path("/me/absences/{absenceId}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Remove one of your absences")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such absence on your profile")
    public void removeOwn(@PathParam("absenceId") UUID absenceId) {
        availability.removeAbsence(profiles.ownId(caller.subject()), absenceId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/absences")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Add an absence to a volunteer's profile")
    @APIResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location", description = "The absence"), content = @Content(schema = @Schema(implementation = AbsenceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid dates")
    @APIResponse(responseCode = "404", description = "No such volunteer")
    @APIResponse(responseCode = "409", description = "Too many absences on record")
    public Response add(@PathParam("id") UUID id, @NotNull @Valid AbsenceCreate create) {
        Absence absence = availability.addAbsence(id, create);
        return Response.created(URI.create("/api/volunteers/" + id + "/absences/" + absence.id))
                .entity(AbsenceView.of(absence)).build();
    }

    @DELETE
    @Path("/{id}/absences/{absenceId}")
    @RunOnVirtualThread
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Remove an absence from a volunteer's profile")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such volunteer or absence")
    public void remove(@PathParam("id") UUID id, @PathParam("absenceId") UUID absenceId) {
        availability.removeAbsence(id, absenceId);
    }
}
