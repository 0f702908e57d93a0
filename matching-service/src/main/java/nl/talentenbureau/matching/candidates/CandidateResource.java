package nl.talentenbureau.matching.candidates;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.matching.engine.Candidates;
import nl.talentenbureau.matching.projection.Projection;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

@Path("/api/candidates")
@Tag(name = "Candidates", description = "Volunteers ranked for one help request, each score explained")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@SecurityRequirement(name = "oidc")
public class CandidateResource {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final CandidateService candidates;
    private final Projection projection;
    private final Caller caller;

    public CandidateResource(CandidateService candidates, Projection projection, Caller caller) {
        this.candidates = candidates;
        this.projection = projection;
        this.caller = caller;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "Rank volunteers for a help request", description = """
            Every volunteer in the index is checked against the hard filters (distance, status, VOG, trainings,
            language, capacity, absence, already busy then: an open or live match of theirs of any organisation holds
            one of the request's weekly slots or a day part of its date); those passing are scored (skills,
            availability, distance, load: places and weekly slots still free, continuity) and the best `limit` are
            answered with every component's value, weight and reason. The others are counted per filter. Only requests of the caller's own organisation; volunteers are answered by id (ask
            volunteer-service for names, as far as your role may see them).""")
    @APIResponse(responseCode = "200", description = "The best candidates, best first", content = @Content(schema = @Schema(implementation = CandidatesView.class)))
    @APIResponse(responseCode = "400", description = "requestId missing or not a UUID, or limit outside 1..100")
    @APIResponse(responseCode = "404", description = "No such request, or not one of your organisation's")
    @APIResponse(responseCode = "409", description = "The request has ended (completed, cancelled or expired)")
    @APIResponse(responseCode = "422", description = "The request's kern is not in the matching catalogue")
    public CandidatesView candidates(
            @Parameter(description = "The help request (its id in request-service)", required = true, example = "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f") @QueryParam("requestId") @NotNull @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String requestId,
            @Parameter(description = "How many candidates to answer", example = "10") @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        Candidates answer = candidates.candidates(UUID.fromString(requestId), limit, caller.requireOrganisation());
        return CandidatesView.of(answer, projection.index().size());
    }
}
