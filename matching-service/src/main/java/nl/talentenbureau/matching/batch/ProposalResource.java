package nl.talentenbureau.matching.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

@Path("/api/proposals")
@Tag(name = "Proposals", description = "Volunteers proposed for many open requests at once")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@SecurityRequirement(name = "oidc")
public class ProposalResource {

    private final ProposalService proposals;
    private final Caller caller;

    public ProposalResource(ProposalService proposals, Caller caller) {
        this.proposals = proposals;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(summary = "Propose volunteers for many requests at once", description = """
            Assigns volunteers to the given requests (or to every OPEN request of your organisation) so that the
            total score is the highest possible while no request gets more volunteers than it needs and no volunteer
            more requests than their remaining capacity (an exact min-cost flow, not greedy). Only pairs passing every
            hard filter are proposed, so nobody already busy then (an open or live match of theirs, of any
            organisation, holds one of the request's weekly slots or a day part of its date); and no volunteer is
            proposed for two of these requests at the same time (the better pair stays, the other request gets its
            next best free volunteer, which can leave the total below the flow's optimum). Requests left (partly)
            unfilled are listed with the reason and how many volunteers each hard filter left out. Nothing is stored:
            call again after the projection changed and the answer may differ.""")
    @APIResponse(responseCode = "200", description = "The proposals", content = @Content(schema = @Schema(implementation = ProposalsView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or more than 1000 request ids")
    @APIResponse(responseCode = "404", description = "A request id is unknown or not one of your organisation's")
    @APIResponse(responseCode = "409", description = "A request is not OPEN")
    @APIResponse(responseCode = "422", description = "A request's kern is not in the matching catalogue")
    public ProposalsView propose(
            @RequestBody(description = "Optional: which requests", required = false) @Valid ProposalInput input) {
        ProposalService.Answer answer = proposals.propose(input == null ? null : input.requestIds(),
                caller.requireOrganisation());
        return ProposalsView.of(answer);
    }
}
