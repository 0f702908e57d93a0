package nl.talentenbureau.matching.contacts;

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
 * volunteer-service's {@code GET /api/volunteers?id=…&id=…}: the volunteers asked for, with name and phone. Called
 * with the caller's own bearer token, so volunteer-service's role rules decide what they may see. Only
 * {@link VolunteerContacts} uses it.
 */
@Path("/api/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "volunteers")
interface VolunteerApi {

    @GET
    VolunteerPage byIds(@QueryParam("id") List<String> ids,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
