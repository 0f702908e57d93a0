package nl.talentenbureau.deploy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Keycloak's admin API as the master realm's administrator, for test set-up only. */
final class KeycloakAdmin {

    private final Keycloak keycloak;
    private final Api api;
    private final String token;

    KeycloakAdmin(Keycloak keycloak) {
        this.keycloak = keycloak;
        this.api = new Api(keycloak.url() + "/realms/master/protocol/openid-connect/token");
        this.token = api.accessToken(Map.of("grant_type", "password", "client_id", "admin-cli", "username",
                Keycloak.CONSOLE_USER, "password", Keycloak.CONSOLE_PASSWORD));
    }

    /** The master realm administrator's token (for {@code DirectoryRealmCheck}). */
    String token() {
        return token;
    }

    String realm() {
        return keycloak.url() + "/admin/realms/" + Keycloak.REALM;
    }

    Api.Answer get(String path) {
        return api.get(realm() + path, token);
    }

    Api.Answer post(String path, Object body) {
        return api.post(realm() + path, token, body);
    }

    Api.Answer put(String path, Object body) {
        return api.put(realm() + path, token, body);
    }

    /** A user with one realm role; the password is the user name, as for the demo users. */
    DemoAccounts.User createUser(String username, String role) {
        post("/users", Map.of("username", username, "enabled", true, "email", username + "@it.example",
                "emailVerified", true, "firstName", "Stand", "lastName", "In",
                "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))))
                .expect(201, "create user " + username);
        String id = get("/users?exact=true&username=" + username).expect(200, "find user").json().get(0).path("id")
                .asText();
        JsonNode roleRepresentation = get("/roles/" + role).expect(200, "role " + role).json();
        post("/users/" + id + "/role-mappings/realm", List.of(roleRepresentation)).expect(204, "grant " + role);
        return new DemoAccounts.User(username, username, role, null);
    }
}
