package nl.talentenbureau.notification.delivery;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.client.reactive.filter.OidcClientRequestReactiveFilter;

/**
 * The calls this service makes to Keycloak's admin REST API ({@code {keycloak}/admin/realms/{realm}}), with its own
 * service account (realm-management {@code view-users}, {@code query-users}). Built by
 * {@link Coordinators} on the address derived from the realm URL.
 */
@Produces(MediaType.APPLICATION_JSON)
@RegisterProvider(OidcClientRequestReactiveFilter.class)
interface KeycloakAdminApi {

    /** Users that hold the realm role directly (the realm gives coordinators the role directly). */
    @GET
    @Path("/roles/{role}/users")
    List<User> usersInRole(@PathParam("role") String role, @QueryParam("first") int first,
            @QueryParam("max") int max);

    @GET
    @Path("/users/{id}")
    User user(@PathParam("id") String id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username, String email, String firstName, Boolean enabled,
            Map<String, List<String>> attributes) {
    }
}
