package nl.talentenbureau.request.matchfeed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** matching-service's event feed (service role). */
@RegisterRestClient(configKey = "matching-feed")
@Path("/internal/events")
@Produces(MediaType.APPLICATION_JSON)
interface MatchFeedApi {

    @GET
    FeedPage events(@QueryParam("after") long after, @QueryParam("limit") int limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
