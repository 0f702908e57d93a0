package nl.talentenbureau.request.catalog;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** volunteer-service's catalogue, as far as this service reads it. */
@RegisterRestClient(configKey = "catalog")
@Path("/api/catalog")
@Produces(MediaType.APPLICATION_JSON)
interface CatalogApi {

    @GET
    @Path("/{list}")
    List<Entry> list(@PathParam("list") String list, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** One code of a catalogue list; this service's own record, not volunteer-service's. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String code, OffsetDateTime retiredAt) {
    }
}
