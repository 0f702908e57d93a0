package nl.talentenbureau.volunteer.volunteer;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.core.Steward;

/** Notification preferences, set by the volunteer or for them by a coordinator of one of their organisations. */
@Path("/api/volunteers")
@Tag(name = "Notifications", description = "How and when a volunteer is told of offers and reminders")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class NotificationResource {

    static final String EXAMPLE = """
            {"reachBy": "EMAIL", "language": "nl", "quietHours": {"from": "21:00", "until": "08:00"}}""";
    static final String PHONE_EXAMPLE = """
            {"reachBy": "PHONE", "language": "nl"}""";

    private final VolunteerService volunteers;
    private final Caller caller;

    public NotificationResource(VolunteerService volunteers, Caller caller) {
        this.volunteers = volunteers;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/me/notifications")
    @RunOnVirtualThread
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Set your notification preferences", description = "Replaces how (EMAIL or PHONE) and when you are told of offers and reminders, and their language.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Notifications.class), examples = {
            @ExampleObject(name = "e-mail, not at night", value = EXAMPLE),
            @ExampleObject(name = "call me", value = PHONE_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "Set", content = @Content(schema = @Schema(implementation = Notifications.class), examples = @ExampleObject(name = "set", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed body, an unknown reachBy or language, a time not HH:mm, or quiet hours of no length")
    @APIResponse(responseCode = "404", description = "You have not applied yet")
    @APIResponse(responseCode = "422", description = "reachBy EMAIL without an e-mail address on your profile")
    public Notifications setOwn(@NotNull @Valid Notifications notifications) {
        return volunteers.setOwnNotifications(caller.subject(), notifications);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/notifications")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Set a volunteer's notification preferences", description = "For a volunteer who told a coordinator how they want to be reached. A coordinator of one of the volunteer's organisations, or an admin.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Notifications.class), examples = {
            @ExampleObject(name = "call me", value = PHONE_EXAMPLE),
            @ExampleObject(name = "e-mail, not at night", value = EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "Set", content = @Content(schema = @Schema(implementation = Notifications.class), examples = @ExampleObject(name = "set", value = PHONE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed body, an unknown reachBy or language, a time not HH:mm, or quiet hours of no length")
    @APIResponse(responseCode = "403", description = "Not a coordinator of one of the volunteer's organisations")
    @APIResponse(responseCode = "404", description = "No such volunteer, or erased")
    @APIResponse(responseCode = "422", description = "reachBy EMAIL without an e-mail address on the profile")
    public Notifications set(@PathParam("id") UUID id, @NotNull @Valid Notifications notifications) {
        return volunteers.setNotifications(id, Steward.of(caller), notifications);
    }
}
