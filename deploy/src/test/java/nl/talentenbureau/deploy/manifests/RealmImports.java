package nl.talentenbureau.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The KeycloakRealmImport resources of both overlays, made from deploy/keycloak/talentenbureau-realm.json (one
 * source for the realm; kustomize cannot load files outside deploy/k8s). The demo imports the realm as it is. The
 * production realm has no demo users, no demo partner clients and no organisations (the coalition creates its
 * own), no password or device grant, brute-force protection, a password policy, login and admin events on, and the
 * service clients' secrets (and the web app's) come from Secrets through the operator's placeholders; the web app's
 * redirect URI is the public host. Compose imports the same production realm as a file ({@link #composeRealm()}).
 * {@link RealmImportTest} fails when a file differs from what this class makes; write them again with
 * {@code ./mvnw -pl deploy -am test -Dtest=RealmImportTest -Dsurefire.failIfNoSpecifiedTests=false -Drealm-imports.write}.
 */
final class RealmImports {

    static final String NAME = "talentenbureau-realm";
    /** The Secret with the SMTP settings of Keycloak's mails, one key per setting. */
    static final String SMTP_SECRET = "smtp";
    static final List<String> SMTP_SETTINGS = List.of("host", "port", "from", "starttls", "auth", "user", "password");
    static final String DEVICE_GRANT = "oauth2.device.authorization.grant.enabled";
    static final String PASSWORD_POLICY = "length(12) and maxLength(128) and notUsername(undefined) and "
            + "notEmail(undefined) and passwordHistory(3)";
    static final int EVENTS_KEPT_SECONDS = 90 * 24 * 3600;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper WRITER = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();

    private RealmImports() {
    }

    static JsonNode realm() {
        try {
            return JSON.readTree(Repository.path("deploy/keycloak/talentenbureau-realm.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The web app's address in production: the Ingress host of the gateway, which serves the pages at {@code /}. */
    static final String PRODUCTION_WEB_REDIRECT = "https://api.talentenbureau.example.org/*";

    /**
     * The confidential clients that are modules of the stack (the services' service accounts, and the web app's
     * code-flow client), not partner apps.
     */
    static List<String> serviceClients() {
        List<String> clients = new ArrayList<>();
        for (JsonNode client : realm().path("clients")) {
            String id = client.path("clientId").asText();
            if (!client.path("publicClient").asBoolean() && Repository.services().stream()
                    .anyMatch(s -> s.module().equals(id))) {
                clients.add(id);
            }
        }
        return clients;
    }

    static Set<String> demoClientSecrets() {
        Set<String> secrets = new TreeSet<>();
        realm().path("clients").forEach(c -> {
            if (c.hasNonNull("secret")) {
                secrets.add(c.path("secret").asText());
            }
        });
        return secrets;
    }

    /** The environment-style placeholder of a service client's secret: MATCHING_SERVICE_CLIENT_SECRET. */
    static String placeholder(String clientId) {
        return clientId.replace('-', '_').toUpperCase(Locale.ROOT) + "_CLIENT_SECRET";
    }

    /** The Secret (key {@code secret}) the operator creates with a service client's secret. */
    static String secretName(String clientId) {
        return clientId + "-client";
    }

    static ObjectNode demo() {
        return resource(realm(), null);
    }

    static ObjectNode production() {
        ObjectNode realm = (ObjectNode) realm();
        List<String> services = serviceClients();
        ArrayNode clients = JSON.createArrayNode();
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            ObjectNode copy = (ObjectNode) client.deepCopy();
            if (services.contains(id)) {
                copy.put("secret", "${" + placeholder(id) + "}");
            } else if (client.has("secret")) {
                continue; // a demo partner app: real partners are registered by an admin, each with its own secret
            }
            if (id.equals("web")) {
                // the pages are served by the gateway on the public host; no localhost in production
                copy.set("redirectUris", JSON.createArrayNode().add(PRODUCTION_WEB_REDIRECT));
            }
            if (copy.path("directAccessGrantsEnabled").asBoolean()) {
                copy.put("directAccessGrantsEnabled", false);
            }
            // the device grant lets a phishing page have someone sign in for an attacker's session: code flow only
            if (copy.path("attributes").has(DEVICE_GRANT)) {
                ((ObjectNode) copy.path("attributes")).put(DEVICE_GRANT, "false");
            }
            clients.add(copy);
        }
        realm.set("clients", clients);
        ArrayNode users = JSON.createArrayNode();
        for (JsonNode user : realm.path("users")) {
            // only the service accounts of the service clients, which carry their realm role
            if (services.stream().anyMatch(s -> user.path("serviceAccountClientId").asText().equals(s))) {
                users.add(user);
            }
        }
        realm.set("users", users);
        realm.remove("organizations");
        realm.put("displayName", "Talentenbureau");
        // lock accounts after repeated wrong passwords: the demo leaves it off so its public passwords keep working;
        // a temporary lock that grows (1 min, doubling up to 15 min) after 5 failures, never a permanent one that
        // anyone could use to lock a coordinator out
        realm.put("bruteForceProtected", true);
        realm.put("permanentLockout", false);
        realm.put("failureFactor", 5);
        realm.put("waitIncrementSeconds", 60);
        realm.put("maxFailureWaitSeconds", 900);
        realm.put("quickLoginCheckMilliSeconds", 1000);
        realm.put("minimumQuickLoginWaitSeconds", 60);
        realm.put("maxDeltaTimeSeconds", 43200);
        realm.put("passwordPolicy", PASSWORD_POLICY);
        // who signed in (or failed to) and what admins changed, kept 90 days; the admin events without their
        // representations, which would copy names and e-mail addresses into the event store
        realm.put("eventsEnabled", true);
        realm.put("eventsExpiration", EVENTS_KEPT_SECONDS);
        realm.put("adminEventsEnabled", true);
        realm.put("adminEventsDetailsEnabled", false);
        ObjectNode placeholders = JSON.createObjectNode();
        for (String service : services) {
            placeholders.putObject(placeholder(service)).putObject("secret").put("name", secretName(service))
                    .put("key", "secret");
        }
        // Keycloak's own mails (invitations, e-mail verification, password reset) go through the coalition's SMTP
        for (String setting : SMTP_SETTINGS) {
            placeholders.putObject("TB_SMTP_" + setting.toUpperCase(Locale.ROOT)).putObject("secret")
                    .put("name", SMTP_SECRET).put("key", setting);
        }
        return resource(realm, placeholders);
    }

    private static ObjectNode resource(JsonNode realm, ObjectNode placeholders) {
        ObjectNode resource = JSON.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", NAME);
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        if (placeholders != null) {
            spec.set("placeholders", placeholders);
        }
        spec.set("realm", realm);
        return resource;
    }

    static String yaml(ObjectNode resource, String comment) {
        try {
            StringBuilder text = new StringBuilder();
            for (String line : comment.split("\n")) {
                text.append("# ").append(line).append('\n');
            }
            return text.append(WRITER.writeValueAsString(resource)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String DEMO_COMMENT = """
            The demo realm, made from deploy/keycloak/talentenbureau-realm.json by RealmImports (deploy tests): public
            demo users and client secrets (deploy/README.md). Do not edit: change the realm file and write this again.""";
    static final String PRODUCTION_COMMENT = """
            The production realm, made from deploy/keycloak/talentenbureau-realm.json by RealmImports (deploy tests):
            no demo users, partner clients or organisations, no password or device grant, brute-force protection, a
            password policy, login and admin events on; the service
            clients' secrets and the SMTP settings come from the Secrets named under placeholders. Do not edit: change the realm file and
            write this again (README "Running in production", step 6).""";

    /**
     * The realm Compose imports: the production realm as a realm file, its placeholders filled by Keycloak from its
     * environment (the client secrets from the env file), never the demo realm's users or secrets.
     */
    static String composeRealm() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(production().path("spec").path("realm"))
                    + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path composeRealmFile() {
        return Repository.path("deploy/compose/talentenbureau-realm.json");
    }

    static void write() {
        try {
            Files.writeString(composeRealmFile(), composeRealm());
            Files.writeString(Manifests.k8s().resolve("overlays/demo/realm-import.yaml"), yaml(demo(), DEMO_COMMENT));
            Files.writeString(Manifests.k8s().resolve("overlays/production/realm-import.yaml"),
                    yaml(production(), PRODUCTION_COMMENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every string value anywhere in a tree, to look for secrets. */
    static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        Iterator<JsonNode> children = node.elements();
        while (children.hasNext()) {
            strings.addAll(strings(children.next()));
        }
        return strings;
    }

    static Path file(String overlay) {
        return Manifests.k8s().resolve("overlays/" + overlay + "/realm-import.yaml");
    }
}
