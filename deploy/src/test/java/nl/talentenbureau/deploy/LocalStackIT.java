package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * End to end without the launcher's fixed ports: Keycloak from the unpacked distribution with the realm, real
 * tokens checked claim by claim, then volunteer-service (packaged jar, embedded PostgreSQL) answering them.
 */
class LocalStackIT {

    private static final Path WORK = Path.of("target/it");
    private static Keycloak keycloak;
    private static Api api;

    @BeforeAll
    static void startKeycloak() {
        Path home = Keycloak.unpack(Path.of(System.getProperty("keycloak.zip")), WORK,
                System.getProperty("keycloak.version"));
        // a fresh H2 store each run, so the realm is imported from the file under test
        LocalStack.deleteTree(home.resolve("data"));
        keycloak = Keycloak.start(home, Ports.free(), WORK.resolve("keycloak.log")).awaitReady(Duration.ofMinutes(3));
        api = new Api(keycloak.tokenUrl());
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void coordinatorTokenCarriesRoleOrganisationAudienceAndIssuer() {
        JsonNode claims = Api.claims(api.token(DemoAccounts.COORDINATOR_WELZIJN));
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("coordinator");
        assertThat(texts(claims.path("organization"))).containsExactly("welzijn-stichtse-vecht");
        assertCommonClaims(claims);
    }

    @Test
    void volunteerTokenCarriesRoleVolunteerAndNoOrganisation() {
        JsonNode claims = Api.claims(api.token(DemoAccounts.VOLUNTEER_ANNA));
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("volunteer").doesNotContain(
                "coordinator");
        assertThat(claims.has("organization")).isFalse();
        assertThat(claims.path("preferred_username").asText()).isEqualTo("volunteer-anna");
        assertCommonClaims(claims);
    }

    @Test
    void partnerServiceAccountIsBoundToItsOrganisation() {
        JsonNode claims = Api.claims(api.token(DemoAccounts.PARTNER_HANDJEHELPEN));
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("partner");
        assertThat(texts(claims.path("organization"))).containsExactly("handjehelpen");
        assertThat(claims.path("azp").asText()).isEqualTo("partner-handjehelpen");
        assertCommonClaims(claims);
    }

    @Test
    void matchingServiceAccountHasRoleServiceAndNoOrganisation() {
        JsonNode claims = Api.claims(api.token(DemoAccounts.MATCHING_SERVICE));
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("service");
        assertThat(claims.has("organization")).isFalse();
        assertCommonClaims(claims);
    }

    private static void assertCommonClaims(JsonNode claims) {
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.realmUrl());
        assertThat(claims.path("sub").asText()).isNotBlank();
        JsonNode aud = claims.path("aud");
        assertThat(aud.isArray() ? texts(aud) : List.of(aud.asText())).contains(DemoAccounts.AUDIENCE);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class VolunteerServiceWithRealTokens {

        private Postgres postgres;
        private Process service;
        private ServiceSpec spec;

        @BeforeAll
        void startVolunteerService() {
            Path root = Path.of(System.getProperty("repository.root"));
            spec = new ServiceSpec("volunteer-service", Ports.free(), "volunteer", "VOLUNTEER");
            assertThat(spec.jar(root)).as("build volunteer-service first: ./mvnw -q install -DskipTests")
                    .isRegularFile();
            LocalStack.deleteTree(WORK.resolve("postgres"));
            postgres = Postgres.start(WORK.resolve("postgres"), Ports.free());
            postgres.ensureDatabase(spec.database());
            Path log = WORK.resolve("volunteer-service.log");
            service = Processes.start(List.of(Processes.java(), "-jar", spec.jar(root).toString()),
                    root.resolve(spec.module()),
                    spec.environment(postgres.jdbcBase(), Postgres.USER, Postgres.PASSWORD, keycloak.realmUrl()), log);
            Processes.awaitHttp(spec.module(), service, spec.url() + "/q/health/ready",
                    answer -> answer.statusCode() == 200, Duration.ofMinutes(2), log);
        }

        @AfterAll
        void stopVolunteerService() {
            Processes.stop(service, Duration.ofSeconds(15));
            if (postgres != null) {
                postgres.close();
            }
        }

        @Test
        void catalogueAnswersARealToken() {
            Api.Answer kernen = api.get(spec.url() + "/api/catalog/kernen", api.token(DemoAccounts.VOLUNTEER_ANNA));
            assertThat(kernen.status()).isEqualTo(200);
            assertThat(StreamSupport.stream(kernen.json().spliterator(), false).map(k -> k.path("code").asText()))
                    .containsAll(DemoData.KERNEN.keySet());
        }

        @Test
        void coordinatorRegistersAVolunteerInTheOrganisationOfTheToken() {
            Map<String, Object> body = DemoData.plan(DemoData.SEED, 1,
                    List.of(new DemoData.Talent("driving", "practical"))).getFirst().body();
            Api.Answer created = api.post(spec.url() + "/api/volunteers", api.token(DemoAccounts.COORDINATOR_WELZIJN),
                    body);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().path("status").asText()).isEqualTo("APPLIED");
            assertThat(texts(created.json().path("organisations"))).containsExactly("welzijn-stichtse-vecht");
        }

        @Test
        void partnerCannotRegisterVolunteers() {
            Api.Answer answer = api.post(spec.url() + "/api/volunteers", api.token(DemoAccounts.PARTNER_HANDJEHELPEN),
                    Map.of());
            assertThat(answer.status()).isEqualTo(403);
        }

        @Test
        void unsignedForgedTokenIsRefused() {
            JsonNode real = Api.claims(api.token(DemoAccounts.COORDINATOR_WELZIJN));
            Api.Answer answer = api.get(spec.url() + "/api/volunteers", forgedUnsigned(real));
            assertThat(answer.status()).isEqualTo(401);
        }

        private static String forgedUnsigned(JsonNode claims) {
            Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
            String header = encoder
                    .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload;
            try {
                payload = encoder.encodeToString(new ObjectMapper().writeValueAsBytes(claims));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return header + "." + payload + ".";
        }
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

}
