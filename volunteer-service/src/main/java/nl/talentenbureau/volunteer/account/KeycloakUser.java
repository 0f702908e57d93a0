package nl.talentenbureau.volunteer.account;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The part of Keycloak's UserRepresentation this service writes and reads; absent fields stay as they are. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record KeycloakUser(String id, String username, String email, Boolean emailVerified, String firstName,
        String lastName, Boolean enabled, Map<String, List<String>> attributes) {

    static KeycloakUser enabled(boolean enabled) {
        return new KeycloakUser(null, null, null, null, null, null, enabled, null);
    }
}
