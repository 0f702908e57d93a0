package nl.talentenbureau.matching.suggestion;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * volunteer-service's {@code GET /api/training-sessions?training=&from=}: sessions from a day on, places and waiting
 * list as numbers (no names). Called with the caller's own bearer token. Only {@link OpenSessions} uses it.
 */
@Path("/api/training-sessions")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "volunteers")
interface SessionsApi {

    @GET
    List<SessionRow> from(@QueryParam("training") String training, @QueryParam("from") String from,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
