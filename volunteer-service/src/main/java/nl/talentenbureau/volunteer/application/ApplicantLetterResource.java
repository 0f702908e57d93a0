package nl.talentenbureau.volunteer.application;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.VolunteerConfig;

/**
 * An applicant's or sign-up's address and the facts of the mail about to be sent, for notification-service at send
 * time (never routed by the gateway): the feed carries ids only. Role {@code service} and a client in
 * {@code volunteer.contact.clients}, as for a volunteer's contact details.
 */
@Path("/internal/applicants")
@Tag(name = "Contact")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@SecurityRequirement(name = "oidc")
public class ApplicantLetterResource {

    private final ApplicationService applications;
    private final JsonWebToken token;
    private final VolunteerConfig config;

    public ApplicantLetterResource(ApplicationService applications, JsonWebToken token, VolunteerConfig config) {
        this.applications = applications;
        this.token = token;
        this.config = config;
    }

    @GET
    @Path("/{id}/letter")
    @RunOnVirtualThread
    @Operation(summary = "What a mail to an applicant or sign-up needs", description = "For the notification service at send time: name, e-mail, the confirmation token while unused, and the step's facts. The id is an application's or an event sign-up's. Only service clients listed in volunteer.contact.clients.")
    @APIResponse(responseCode = "200", description = "The letter's facts", content = @Content(schema = @Schema(implementation = ApplicantLetter.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "403", description = "Not a service token, or a client not in volunteer.contact.clients")
    @APIResponse(responseCode = "404", description = "Unknown, deleted unconfirmed, or erased")
    public ApplicantLetter letter(@PathParam("id") UUID id) {
        Object client = token.getClaim("azp");
        if (client == null || !config.contact().clients().contains(String.valueOf(client))) {
            throw ProblemException.forbidden("this client may not read contact details");
        }
        return applications.letter(id);
    }
}
