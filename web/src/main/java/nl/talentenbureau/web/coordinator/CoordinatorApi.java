package nl.talentenbureau.web.coordinator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.token.propagation.common.AccessToken;

import nl.talentenbureau.web.offers.OffersApi.Schedule;
import nl.talentenbureau.web.shared.api.ApiPage;
import nl.talentenbureau.web.shared.api.ApiResponses;

/** The part of the public API the coordinator's pages use, called with the coordinator's own access token. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ApiResponses.class)
@AccessToken
@Path("/api")
public interface CoordinatorApi {

    @GET
    @Path("/requests")
    ApiPage<Request> requests(@QueryParam("status") String status, @QueryParam("organisation") String organisation,
            @QueryParam("size") int size);

    @GET
    @Path("/requests/{id}")
    Request request(@PathParam("id") UUID id);

    @GET
    @Path("/candidates")
    Candidates candidates(@QueryParam("requestId") UUID requestId, @QueryParam("limit") int limit);

    @GET
    @Path("/matches")
    ApiPage<Match> matches(@QueryParam("requestId") UUID requestId, @QueryParam("status") String status,
            @QueryParam("size") int size);

    @POST
    @Path("/matches")
    @Consumes(MediaType.APPLICATION_JSON)
    Match propose(@HeaderParam("Idempotency-Key") String idempotencyKey, NewMatch match);

    /** Names of the candidates, asked by id (volunteer-service answers at most 100 at once). */
    @GET
    @Path("/volunteers")
    ApiPage<Volunteer> volunteers(@QueryParam("id") List<UUID> ids, @QueryParam("size") int size);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Request(UUID id, String status, String organisation, String title, String theme, String kern,
            String urgency, LocalDate dueDate, Schedule schedule) {

        public String urgencyKey() {
            return CoordinatorViews.urgencyKey(urgency);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Candidates(UUID requestId, int volunteers, int eligible, List<Candidate> candidates,
            List<Exclusion> excluded) {

        public Candidates {
            candidates = candidates == null ? List.of() : candidates;
            excluded = excluded == null ? List.of() : excluded;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Candidate(UUID volunteerId, double score, List<ScorePart> components) {

        public Candidate {
            components = components == null ? List.of() : components;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScorePart(String component, double value, double weight, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Exclusion(String reason, int count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Match(UUID id, UUID requestId, UUID volunteerId, String status, long version,
            OffsetDateTime answerDeadline) {
    }

    record NewMatch(UUID requestId, UUID volunteerId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Volunteer(UUID id, String name) {
    }
}
