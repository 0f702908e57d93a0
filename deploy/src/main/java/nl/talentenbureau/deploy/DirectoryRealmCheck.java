package nl.talentenbureau.deploy;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Are the coalition's directory and the realm's Organizations in step (issue 16, ADR 9)? Lists the directory entries
 * without an organisation in the realm (nobody can sign in as their coordinator) and the realm's organisations without
 * a directory entry (not findable for seniors, not selectable for a signal). No service may read the realm's
 * organisations (Keycloak's Organizations admin API needs {@code manage-realm}), so an operator runs this with the
 * realm administrator's own credentials:
 *
 * <pre>
 * ./mvnw -q -pl deploy exec:java -Dexec.skip=false -Dexec.mainClass=nl.talentenbureau.deploy.DirectoryRealmCheck \
 *     -Dexec.args="https://auth.example.org https://api.example.org admin-user"   (password on stdin or KEYCLOAK_ADMIN_PASSWORD)
 * </pre>
 */
public final class DirectoryRealmCheck {

    /** What differs; both empty when the two lists agree. */
    public record Drift(Set<String> missingInTheRealm, Set<String> missingInTheDirectory) {

        public boolean inStep() {
            return missingInTheRealm.isEmpty() && missingInTheDirectory.isEmpty();
        }

        @Override
        public String toString() {
            return inStep()
                    ? "directory and realm in step"
                    : "in the directory, not in the realm: " + missingInTheRealm
                            + "; in the realm, not in the directory: " + missingInTheDirectory;
        }
    }

    private DirectoryRealmCheck() {
    }

    /** Compares the aliases of both sides. */
    public static Drift compare(Set<String> directory, Set<String> realm) {
        Set<String> missingInTheRealm = new TreeSet<>(directory);
        missingInTheRealm.removeAll(realm);
        Set<String> missingInTheDirectory = new TreeSet<>(realm);
        missingInTheDirectory.removeAll(directory);
        return new Drift(missingInTheRealm, missingInTheDirectory);
    }

    /** The aliases of the public directory ({@code GET /api/public/directory} through the gateway). */
    public static Set<String> directory(Api api, String gateway) {
        return aliases(api.get(gateway + "/api/public/directory", null).expect(200, "the directory").json());
    }

    /** The aliases of the realm's Organizations, read with a realm administrator's token. */
    public static Set<String> realm(Api api, String keycloak, String realm, String adminToken) {
        return aliases(api.get(keycloak + "/admin/realms/" + realm + "/organizations?first=0&max=1000", adminToken)
                .expect(200, "the realm's organizations").json());
    }

    private static Set<String> aliases(JsonNode list) {
        Set<String> aliases = new TreeSet<>();
        list.forEach(entry -> aliases.add(entry.path("alias").asText()));
        return aliases;
    }

    /** {@code args}: Keycloak's base URL, the gateway's base URL, the master realm administrator's user name. */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: DirectoryRealmCheck <keycloak-url> <gateway-url> <admin-user>"
                    + " (password in KEYCLOAK_ADMIN_PASSWORD)");
            System.exit(2);
        }
        String password = System.getenv("KEYCLOAK_ADMIN_PASSWORD");
        if (password == null) {
            password = new String(System.console().readPassword("password of %s: ", args[2]));
        }
        Api api = new Api(args[0] + "/realms/master/protocol/openid-connect/token");
        String token = api.accessToken(Map.of("grant_type", "password", "client_id", "admin-cli", "username", args[2],
                "password", password));
        Drift drift = compare(directory(api, args[1]), realm(api, args[0], Keycloak.REALM, token));
        System.out.println(drift);
        System.exit(drift.inStep() ? 0 : 1);
    }
}
