package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The realm file says what DESIGN.md's security section needs; the IT proves Keycloak agrees. */
class RealmTest {

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        realm = new ObjectMapper().readTree(Path.of("keycloak/talentenbureau-realm.json").toFile());
    }

    @Test
    void realmIsTalentenbureauWithOrganizationsEnabled() {
        assertThat(realm.path("realm").asText()).isEqualTo("talentenbureau");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("organizationsEnabled").asBoolean()).isTrue();
    }

    @Test
    void everyRoleOfTheDesignExists() {
        assertThat(names(realm.path("roles").path("realm"), "name"))
                .contains("coordinator", "volunteer", "partner", "admin", "service");
    }

    @Test
    void theCoalitionAreOrganizationsWithAliasAndDomain() {
        assertThat(names(realm.path("organizations"), "alias"))
                .containsExactlyInAnyOrderElementsOf(DemoAccounts.ORGANISATIONS);
        for (JsonNode organization : realm.path("organizations")) {
            assertThat(organization.path("enabled").asBoolean()).isTrue();
            assertThat(organization.path("domains")).isNotEmpty();
        }
    }

    @Test
    void coordinatorsAreMembersOfTheirOrganisation() {
        for (DemoAccounts.User user : List.of(DemoAccounts.COORDINATOR_WELZIJN,
                DemoAccounts.COORDINATOR_HANDJEHELPEN)) {
            JsonNode organization = find(realm.path("organizations"), "alias", user.organisation()).orElseThrow();
            assertThat(names(organization.path("members"), "username")).containsExactly(user.username());
        }
    }

    @Test
    void rolesScopeMapsRealmRolesToRealmAccessRoles() {
        JsonNode mapper = mapper("roles", "oidc-usermodel-realm-role-mapper");
        assertThat(mapper.path("config").path("claim.name").asText()).isEqualTo("realm_access.roles");
        assertThat(mapper.path("config").path("multivalued").asText()).isEqualTo("true");
        assertThat(mapper.path("config").path("access.token.claim").asText()).isEqualTo("true");
    }

    @Test
    void organizationScopeMapsMembershipToTheOrganizationClaimAsAliases() {
        JsonNode mapper = mapper("organization", "oidc-organization-membership-mapper");
        assertThat(mapper.path("config").path("claim.name").asText()).isEqualTo("organization");
        assertThat(mapper.path("config").path("multivalued").asText()).isEqualTo("true");
        assertThat(mapper.path("config").path("addOrganizationId").asText()).isEqualTo("false");
    }

    @Test
    void audienceScopeAddsTheApiAudience() {
        JsonNode mapper = mapper("talentenbureau-api", "oidc-audience-mapper");
        assertThat(mapper.path("config").path("included.custom.audience").asText())
                .isEqualTo(DemoAccounts.AUDIENCE);
        assertThat(mapper.path("config").path("access.token.claim").asText()).isEqualTo("true");
    }

    @Test
    void basicScopePutsTheSubjectInTheToken() {
        mapper("basic", "oidc-sub-mapper");
    }

    @Test
    void cliClientIsPublicWithPkceDeviceGrantAndPasswordGrant() {
        JsonNode cli = client(DemoAccounts.CLI_CLIENT);
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(cli.path("attributes").path("oauth2.device.authorization.grant.enabled").asText())
                .isEqualTo("true");
        assertThat(texts(cli.path("defaultClientScopes")))
                .contains("basic", "roles", "organization", "talentenbureau-api");
    }

    @Test
    void webClientIsConfidentialWithCodeFlowAndPkceOnlyAndTheApiAudience() {
        JsonNode web = client("web");
        assertThat(web.path("publicClient").asBoolean()).isFalse();
        assertThat(web.path("secret").asText()).isEqualTo("web-secret");
        assertThat(web.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(web.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(web.path("redirectUris"))).contains("http://localhost:8080/*");
        assertThat(texts(web.path("defaultClientScopes")))
                .contains("basic", "roles", "organization", "talentenbureau-api");
    }

    @Test
    void partnerClientsAreConfidentialServiceAccountsBoundToOneOrganisation() throws IOException {
        for (DemoAccounts.Client partner : List.of(DemoAccounts.PARTNER_HANDJEHELPEN,
                DemoAccounts.PARTNER_BIBLIOTHEEK)) {
            JsonNode client = confidentialServiceAccount(partner);
            JsonNode mapper = find(client.path("protocolMappers"), "protocolMapper", "oidc-hardcoded-claim-mapper")
                    .orElseThrow();
            assertThat(mapper.path("config").path("claim.name").asText()).isEqualTo("organization");
            assertThat(mapper.path("config").path("jsonType.label").asText()).isEqualTo("JSON");
            assertThat(new ObjectMapper().readTree(mapper.path("config").path("claim.value").asText()))
                    .containsExactly(new ObjectMapper().getNodeFactory().textNode(partner.organisation()));
            assertThat(texts(client.path("defaultClientScopes"))).doesNotContain("organization");
        }
    }

    @Test
    void serviceClientsAreConfidentialServiceAccountsWithRoleService() {
        for (DemoAccounts.Client service : List.of(DemoAccounts.MATCHING_SERVICE, DemoAccounts.REQUEST_SERVICE)) {
            confidentialServiceAccount(service);
        }
    }

    @Test
    void anyoneMaySignUpWithAVerifiedEMailAndResetTheirPassword() {
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
        assertThat(realm.path("verifyEmail").asBoolean()).isTrue();
        assertThat(realm.path("resetPasswordAllowed").asBoolean()).isTrue();
    }

    @Test
    void pagesAndMailsAreDutchFirstWithEnglishToChoose() {
        assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(realm.path("defaultLocale").asText()).isEqualTo("nl");
        assertThat(texts(realm.path("supportedLocales"))).containsExactly("nl", "en");
    }

    @Test
    void keycloakMailsThroughTheSmtpServerOfTheEnvironment() {
        JsonNode smtp = realm.path("smtpServer");
        // the local stack points these at its embedded SMTP server; production fills them from a Secret
        assertThat(smtp.path("host").asText()).isEqualTo("${TB_SMTP_HOST:localhost}");
        assertThat(smtp.path("port").asText()).isEqualTo("${TB_SMTP_PORT:3025}");
        assertThat(smtp.path("from").asText()).startsWith("${TB_SMTP_FROM:");
    }

    @Test
    void everyNewAccountIsAVolunteerAndNothingMore() {
        String name = realm.path("defaultRole").path("name").asText();
        JsonNode role = find(realm.path("roles").path("realm"), "name", name).orElseThrow();
        assertThat(texts(role.path("composites").path("realm")))
                .containsExactlyInAnyOrder("offline_access", "uma_authorization", "volunteer");
    }

    @Test
    void volunteerServiceReadsFeedsAndMayOnlyManageTheUsersOfThisRealm() {
        JsonNode client = client("volunteer-service");
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        JsonNode account = find(realm.path("users"), "serviceAccountClientId", "volunteer-service").orElseThrow();
        // service: it follows matching's feed (who has a match with whom, for the contact rule)
        assertThat(texts(account.path("realmRoles"))).containsExactly("service");
        assertThat(fieldNames(account.path("clientRoles"))).containsExactly("realm-management");
        assertThat(texts(account.path("clientRoles").path("realm-management")))
                .containsExactlyInAnyOrder("manage-users", "view-users", "query-users");
    }

    @Test
    void notificationServiceReadsFeedsAndMayOnlyViewUsers() {
        confidentialServiceAccount(DemoAccounts.NOTIFICATION_SERVICE);
        JsonNode account = find(realm.path("users"), "serviceAccountClientId", "notification-service").orElseThrow();
        assertThat(fieldNames(account.path("clientRoles"))).containsExactly("realm-management");
        assertThat(texts(account.path("clientRoles").path("realm-management")))
                .containsExactlyInAnyOrder("view-users", "query-users");
    }

    @Test
    void realmManagementRolesAreInTheTokensOfTheClientsThatCallTheAdminApi() {
        // Keycloak's admin API reads a service account's realm-management roles from the token once it carries
        // realm_access: without this mapper notification-service (role service) gets 403 for every user lookup
        for (String clientId : List.of("volunteer-service", "notification-service")) {
            JsonNode mapper = find(client(clientId).path("protocolMappers"), "protocolMapper",
                    "oidc-usermodel-client-role-mapper").orElseThrow();
            assertThat(mapper.path("config").path("usermodel.clientRoleMapping.clientId").asText())
                    .isEqualTo("realm-management");
            assertThat(mapper.path("config").path("claim.name").asText())
                    .isEqualTo("resource_access.${client_id}.roles");
        }
    }

    @Test
    void demoUsersHaveTheirRoleAPasswordAndAFullProfile() {
        for (DemoAccounts.User user : DemoAccounts.USERS) {
            JsonNode json = find(realm.path("users"), "username", user.username()).orElseThrow();
            assertThat(json.path("enabled").asBoolean()).isTrue();
            assertThat(texts(json.path("realmRoles"))).containsExactly(user.role());
            assertThat(json.path("credentials").get(0).path("value").asText()).isEqualTo(user.password());
            assertThat(json.path("credentials").get(0).path("temporary").asBoolean()).isFalse();
            // a missing e-mail or name makes Keycloak ask to complete the profile, and the password grant fails
            assertThat(json.path("email").asText()).isNotBlank();
            assertThat(json.path("firstName").asText()).isNotBlank();
            assertThat(json.path("lastName").asText()).isNotBlank();
        }
    }

    @Test
    void noCustomUserAttributesThatTheUserProfileWouldDrop() {
        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("attributes")).as(user.path("username").asText()).isFalse();
        }
    }

    private static JsonNode confidentialServiceAccount(DemoAccounts.Client expected) {
        JsonNode client = client(expected.clientId());
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("secret").asText()).isEqualTo(expected.secret());
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(texts(client.path("defaultClientScopes"))).contains("basic", "roles", "talentenbureau-api");
        JsonNode account = find(realm.path("users"), "serviceAccountClientId", expected.clientId()).orElseThrow();
        assertThat(texts(account.path("realmRoles"))).containsExactly(expected.role());
        return client;
    }

    private static JsonNode client(String clientId) {
        return find(realm.path("clients"), "clientId", clientId).orElseThrow();
    }

    private static JsonNode mapper(String scope, String type) {
        JsonNode clientScope = find(realm.path("clientScopes"), "name", scope).orElseThrow();
        return find(clientScope.path("protocolMappers"), "protocolMapper", type).orElseThrow();
    }

    private static Optional<JsonNode> find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> value.equals(n.path(field).asText()))
                .findFirst();
    }

    private static List<String> names(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
