package nl.talentenbureau.matching.projection;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** request-service's event feed (service role). */
@RegisterRestClient(configKey = "request-feed")
@Path("/internal/events")
@Produces(MediaType.APPLICATION_JSON)
interface RequestFeedApi {

    @GET
    FeedPage events(@QueryParam("after") long after, @QueryParam("limit") int limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
