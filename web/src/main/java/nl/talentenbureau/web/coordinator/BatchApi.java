package nl.talentenbureau.web.coordinator;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.token.propagation.common.AccessToken;

import nl.talentenbureau.web.coordinator.CoordinatorApi.Match;
import nl.talentenbureau.web.shared.api.ApiResponses;

/**
 * The batch proposals and the call list (matching-service), with the coordinator's own token. The requests, names and
 * single proposals come from {@link CoordinatorApi}.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ApiResponses.class)
@AccessToken
@Path("/api")
public interface BatchApi {

    /** Computes pairs for every OPEN request of the coordinator's organisation; nothing is stored. */
    @POST
    @Path("/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    Proposals proposals(ProposalInput input);

    @GET
    @Path("/matches/call-list")
    CallList callList(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/matches/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    Match acceptOnBehalf(@PathParam("id") UUID id, AcceptOnBehalf answer);

    @POST
    @Path("/matches/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    Match declineOnBehalf(@PathParam("id") UUID id, DeclineOnBehalf answer);

    /** No request ids: every OPEN request of the organisation. */
    record ProposalInput(List<UUID> requestIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Proposals(int requests, double totalScore, List<Pair> assignments, List<Unfilled> unfilled) {

        public Proposals {
            assignments = assignments == null ? List.of() : assignments;
            unfilled = unfilled == null ? List.of() : unfilled;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pair(UUID requestId, UUID volunteerId, double score) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unfilled(UUID requestId, int missing, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CallList(List<CallEntry> items, int page, int size, long total, boolean contactsUnavailable) {

        public CallList {
            items = items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CallEntry(UUID matchId, UUID requestId, UUID volunteerId, OffsetDateTime answerDeadline, String reachBy,
            boolean hasAccount, String volunteerName, String volunteerPhone) {
    }

    /** How the volunteer gave the coordinator their answer: PHONE on the call list. */
    record AcceptOnBehalf(String channel) {
    }

    record DeclineOnBehalf(String channel, String reason) {
    }
}
