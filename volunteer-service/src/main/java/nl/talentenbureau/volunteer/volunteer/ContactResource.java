package nl.talentenbureau.volunteer.volunteer;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.VolunteerConfig;

/**
 * One volunteer's contact details for the service that sends messages, asked at send time so contact details never
 * enter a feed (never routed by the gateway). Role {@code service} and a client named in
 * {@code volunteer.contact.clients}.
 */
@Path("/internal/volunteers")
@Tag(name = "Contact", description = "Contact details at send time, for the notification service (never routed by the gateway)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@SecurityRequirement(name = "oidc")
public class ContactResource {

    private final VolunteerService volunteers;
    private final JsonWebToken token;
    private final VolunteerConfig config;

    public ContactResource(VolunteerService volunteers, JsonWebToken token, VolunteerConfig config) {
        this.volunteers = volunteers;
        this.token = token;
        this.config = config;
    }

    @GET
    @Path("/{id}/contact")
    @RunOnVirtualThread
    @Operation(summary = "A volunteer's contact details and preferences", description = "For the notification service at send time: name, e-mail, phone, how and when to reach the volunteer, and consent CONTACT_BY_COORDINATORS. Only service clients listed in volunteer.contact.clients (the token's azp).")
    @APIResponse(responseCode = "200", description = "The contact details", content = @Content(schema = @Schema(implementation = ContactView.class), examples = @ExampleObject(name = "by e-mail", value = """
            {"id": "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31", "name": "Anna de Vries", "email": "anna@example.nl",
             "phone": "0612345678", "reachBy": "EMAIL", "language": "nl", "quietHours": {"from": "21:00", "until": "08:00"},
             "contactConsent": true, "status": "ACTIVE", "hasAccount": true}""")))
    @APIResponse(responseCode = "403", description = "Not a service token, or a client not in volunteer.contact.clients")
    @APIResponse(responseCode = "404", description = "No such volunteer, or erased")
    public ContactView contact(@PathParam("id") UUID id) {
        Object client = token.getClaim("azp");
        if (client == null || !config.contact().clients().contains(String.valueOf(client))) {
            throw ProblemException.forbidden("this client may not read contact details");
        }
        return volunteers.contact(id);
    }
}
