package nl.talentenbureau.matching.report;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.reactive.filter.OidcClientRequestReactiveFilter;

/**
 * request-service's {@code GET /internal/signals/facts} (role {@code service}): kern, theme and times of the signals
 * raised in a period, nothing else. This service's own token (client credentials), as for the feeds. Only
 * {@link SignalFacts} uses it.
 */
@Path("/internal/signals/facts")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "signals")
@RegisterProvider(OidcClientRequestReactiveFilter.class)
interface SignalFactsApi {

    @GET
    List<SignalFact> facts(@QueryParam("from") String from, @QueryParam("to") String to);

    /** One signal as request-service counts it. */
    record SignalFact(String kern, String theme, java.time.OffsetDateTime raisedAt,
            java.time.OffsetDateTime pickedUpAt, java.time.OffsetDateTime feedbackAt) {
    }
}
