package nl.talentenbureau.volunteer.account;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

import io.quarkus.oidc.client.reactive.filter.OidcClientRequestReactiveFilter;

/**
 * The users of realm {@code talentenbureau} in Keycloak's admin REST API ({@code .../admin/realms/talentenbureau}).
 * The bearer token is the service's own (client credentials of the realm's {@code volunteer-service} client, whose
 * service account holds realm-management {@code manage-users}, {@code view-users} and {@code query-users}), added
 * and refreshed by the client filter.
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(OidcClientRequestReactiveFilter.class)
interface KeycloakAdminApi {

    /** query-users / view-users */
    @GET
    List<KeycloakUser> byEmail(@QueryParam("email") String email, @QueryParam("exact") boolean exact,
            @QueryParam("briefRepresentation") boolean brief);

    /** manage-users: 201 with the new user in {@code Location}, 409 when the username or e-mail is taken */
    @POST
    Response create(KeycloakUser user);

    /** manage-users: only the fields sent change */
    @PUT
    @Path("/{id}")
    void update(@PathParam("id") String id, KeycloakUser user);

    /** manage-users: Keycloak mails the user a link (valid {@code lifespan} seconds) to these required actions */
    @PUT
    @Path("/{id}/execute-actions-email")
    void executeActionsEmail(@PathParam("id") String id, @QueryParam("lifespan") long lifespan, List<String> actions);

    /** manage-users */
    @DELETE
    @Path("/{id}")
    void delete(@PathParam("id") String id);
}
