package nl.talentenbureau.volunteer.account;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.core.Steward;

/** A coordinator invites a registered volunteer to an account of their own. */
@Path("/api/volunteers")
@Tag(name = "Accounts", description = "Accounts for volunteers a coordinator registered")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class InvitationResource {

    private final AccountService accounts;
    private final Caller caller;

    public InvitationResource(AccountService accounts, Caller caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/invitation")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Invite a volunteer to an account", description = """
            Keycloak mails the volunteer a link (valid volunteer.invitation.lifespan, 7 days by default) to set a
            password on Keycloak's own page; the account is linked to this profile when it first calls the API. Sending
            again while the invitation is pending sends a new link with a new expiry. A coordinator of one of the
            volunteer's organisations, or an admin. No body.""")
    @APIResponse(responseCode = "202", description = "The mail is on its way", content = @Content(schema = @Schema(implementation = InvitationView.class), examples = @ExampleObject(name = "sent", value = """
            {"volunteerId": "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31", "expiresAt": "2026-12-09T10:15:30Z", "timesSent": 1}""")))
    @APIResponse(responseCode = "403", description = "Not a coordinator of one of the volunteer's organisations")
    @APIResponse(responseCode = "404", description = "No such volunteer, erased, or an id that is not a UUID")
    @APIResponse(responseCode = "409", description = "The profile has an account already, is STOPPED, or Keycloak has a user with its e-mail address")
    @APIResponse(responseCode = "422", description = "The profile has no e-mail address")
    @APIResponse(responseCode = "503", description = "Keycloak cannot be reached; nothing was sent or stored, retry later")
    public Response invite(
            @Parameter(description = "The volunteer", example = "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31") @PathParam("id") UUID id) {
        return Response.accepted(accounts.invite(id, Steward.of(caller))).build();
    }
}
