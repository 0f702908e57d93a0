package nl.talentenbureau.platform.follower;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

import io.quarkus.oidc.client.reactive.filter.OidcClientRequestReactiveFilter;

/**
 * Another service's {@code GET /internal/events} (role {@code service}). The bearer token is the service's own, from
 * its realm client by the client-credentials grant of quarkus-oidc-client ({@code quarkus.oidc-client.*}), added and
 * refreshed by the client filter. Built per feed by {@link FeedSource}.
 */
@Path("/internal/events")
@Produces(MediaType.APPLICATION_JSON)
@RegisterProvider(OidcClientRequestReactiveFilter.class)
public interface FeedApi {

    @GET
    FollowedPage events(@QueryParam("after") long after, @QueryParam("limit") int limit,
            @QueryParam("waitSeconds") int waitSeconds, @QueryParam("aggregateType") String aggregateTypes);
}
