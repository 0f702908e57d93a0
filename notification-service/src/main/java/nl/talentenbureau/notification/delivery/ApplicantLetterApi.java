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

/** volunteer-service's {@code GET /internal/applicants/{id}/letter} (role service, this client only). */
@Path("/internal/applicants")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "volunteer-service")
@RegisterProvider(OidcClientRequestReactiveFilter.class)
interface ApplicantLetterApi {

    @GET
    @Path("/{id}/letter")
    ApplicantLetter letter(@PathParam("id") UUID id);
}
