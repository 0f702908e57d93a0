package nl.talentenbureau.notification.delivery;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.reactive.filter.OidcClientRequestReactiveFilter;

/** volunteer-service's {@code GET /internal/volunteers/{id}/contact} (role service, this client only). */
@Path("/internal/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "volunteer-service")
@RegisterProvider(OidcClientRequestReactiveFilter.class)
interface VolunteerContactApi {

    @GET
    @Path("/{id}/contact")
    Contact contact(@PathParam("id") UUID id);
}
