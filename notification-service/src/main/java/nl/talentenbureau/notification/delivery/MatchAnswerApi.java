package nl.talentenbureau.notification.delivery;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.client.reactive.filter.OidcClientRequestReactiveFilter;

/** matching-service's {@code GET /internal/matches/{id}/answer}: the decline reason, which no event carries. */
@Path("/internal/matches")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "matching-service")
@RegisterProvider(OidcClientRequestReactiveFilter.class)
interface MatchAnswerApi {

    @GET
    @Path("/{id}/answer")
    Answer answer(@PathParam("id") UUID id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(UUID matchId, String status, String reason, String answerChannel) {
    }
}
