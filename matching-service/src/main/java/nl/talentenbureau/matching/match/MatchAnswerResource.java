package nl.talentenbureau.matching.match;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Roles;

@Path("/internal/matches")
@Tag(name = "Internal", description = "For the other services only; never routed by the gateway")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@SecurityRequirement(name = "oidc")
public class MatchAnswerResource {

    private final MatchQueries queries;

    public MatchAnswerResource(MatchQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}/answer")
    @RunOnVirtualThread
    @Operation(summary = "Read how an offer was answered", description = """
            The match's status, the volunteer's decline reason (free text, so never in the event feed) and the
            channel of the answer, for a service that tells the coordinators (notification-service reads it when it
            sends the mail of a MatchDeclined). Any service client (role service); never routed by the gateway.""")
    @APIResponse(responseCode = "200", description = "The answer", content = @Content(schema = @Schema(implementation = MatchAnswerView.class)))
    @APIResponse(responseCode = "404", description = "No such match")
    public MatchAnswerView answer(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id) {
        return queries.answer(id);
    }
}
