package nl.talentenbureau.matching.match;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.http.ETags;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

@Path("/api/matches")
@Tag(name = "Matches", description = "A volunteer proposed for a help request, and the match's lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@SecurityRequirement(name = "oidc")
public class MatchResource {

    private final MatchService matches;
    private final Caller caller;

    public MatchResource(MatchService matches, Caller caller) {
        this.matches = matches;
        this.caller = caller;
    }

    @POST
    @RunOnVirtualThread
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a volunteer for a request", description = """
            For a request of your organisation. The hard filters are checked again for this volunteer and request
            now; the match is PROPOSED and offered to the volunteer, who answers before the deadline
            (matching.offers.answer-within, 72 hours by default).""")
    @APIResponse(responseCode = "201", description = "Proposed", headers = {
            @Header(name = "Location", description = "The new match"),
            @Header(name = "ETag", description = "The match's version")}, content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a missing id or an unknown field")
    @APIResponse(responseCode = "404", description = "No such request (or not your organisation's), or no such volunteer")
    @APIResponse(responseCode = "409", description = "The request has ended, the volunteer already has a live match for it, or the volunteer is at full capacity")
    @APIResponse(responseCode = "422", description = "A hard filter excludes the volunteer (the reason is named), or the request or volunteer cannot be matched")
    public Response propose(@NotNull @Valid MatchInput input) {
        Match match = matches.propose(input.requestId(), input.volunteerId(), caller.requireOrganisation(),
                caller.subject());
        return Response.created(java.net.URI.create("/api/matches/" + match.id)).tag(ETags.of(match.version))
                .entity(MatchView.of(match)).build();
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @Operation(summary = "Read a match of your organisation")
    @APIResponse(responseCode = "200", description = "The match", headers = @Header(name = "ETag", description = "The match's version"), content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "404", description = "No such match, or not your organisation's")
    public Response get(
            @Parameter(description = "Match id", example = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") @PathParam("id") UUID id) {
        Match match = matches.ofOrganisation(id, caller.requireOrganisation());
        return Response.ok(MatchView.of(match)).tag(ETags.of(match.version)).build();
    }
}
