package nl.talentenbureau.volunteer.session;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
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

/** A volunteer enrols in a session, or cancels, for themselves only: there is no volunteer id to send under /me. */
@Path("/api/training-sessions/{id}/enrolments/me")
@Tag(name = "Training sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VOLUNTEER)
@SecurityRequirement(name = "oidc")
public class OwnEnrolmentResource {

    private final TrainingSessionService sessions;
    private final Caller caller;

    public OwnEnrolmentResource(TrainingSessionService sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @PUT
    @RunOnVirtualThread
    @Operation(summary = "Enrol yourself", description = "A place while one is free, else the end of the waiting list. Idempotent: asking again answers the enrolment you have.")
    @APIResponse(responseCode = "201", description = "Enrolled or waiting", headers = @Header(name = "Location", description = "Your enrolment"), content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "200", description = "You were enrolled or waiting already", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such session, or you have no profile yet")
    @APIResponse(responseCode = "409", description = "The session is past, cancelled or held")
    public Response enrol(@PathParam("id") UUID id) {
        TrainingSessionService.Enrolled enrolled = sessions.enrolSelf(id, caller.subject());
        if (enrolled.created()) {
            return Response.created(URI.create("/api/training-sessions/" + id + "/enrolments/me"))
                    .entity(enrolled.enrolment()).build();
        }
        return Response.ok(enrolled.enrolment()).build();
    }

    @DELETE
    @RunOnVirtualThread
    @Operation(summary = "Cancel your enrolment", description = "A place that frees goes to the first on the waiting list.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such session, no profile, or you are neither enrolled nor waiting")
    @APIResponse(responseCode = "409", description = "The session is past, cancelled or held")
    public EnrolmentView cancel(@PathParam("id") UUID id) {
        return sessions.cancelOwn(id, caller.subject());
    }
}
