package nl.talentenbureau.volunteer.privacy;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * matching-service's export operations, called with the caller's own bearer token, so matching's role rules decide
 * (a volunteer reads only their own, an admin anyone's). Only {@link MatchingRecords} uses it.
 */
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "matching")
interface MatchingApi {

    @GET
    @Path("/api/offers/export")
    MatchingExport own(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/api/matches/volunteers/{volunteerId}/export")
    MatchingExport of(@PathParam("volunteerId") UUID volunteerId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
