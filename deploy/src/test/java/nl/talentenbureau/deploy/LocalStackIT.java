package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shared stack as the launcher starts it: real tokens checked claim by claim, the demo data loaded once and not
 * again, and the curl commands the launcher prints working as printed.
 */
class LocalStackIT {

    @Test
    void coordinatorTokenCarriesRoleOrganisationAudienceAndIssuer() {
        JsonNode claims = Api.claims(ItStack.api().token(DemoAccounts.COORDINATOR_WELZIJN));
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("coordinator");
        assertThat(texts(claims.path("organization"))).containsExactly("welzijn-stichtse-vecht");
        assertCommonClaims(claims);
    }

    @Test
    void volunteerTokenCarriesRoleVolunteerAndNoOrganisation() {
        JsonNode claims = Api.claims(ItStack.api().token(DemoAccounts.VOLUNTEER_ANNA));
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("volunteer").doesNotContain(
                "coordinator");
        assertThat(claims.has("organization")).isFalse();
        assertThat(claims.path("preferred_username").asText()).isEqualTo("volunteer-anna");
        assertCommonClaims(claims);
    }

    @Test
    void partnerServiceAccountIsBoundToItsOrganisation() {
        JsonNode claims = Api.claims(ItStack.api().token(DemoAccounts.PARTNER_HANDJEHELPEN));
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("partner");
        assertThat(texts(claims.path("organization"))).containsExactly("handjehelpen");
        assertThat(claims.path("azp").asText()).isEqualTo("partner-handjehelpen");
        assertCommonClaims(claims);
    }

    @Test
    void matchingServiceAccountHasRoleServiceAndNoOrganisation() {
        JsonNode claims = Api.claims(ItStack.api().token(DemoAccounts.MATCHING_SERVICE));
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("service");
        assertThat(claims.has("organization")).isFalse();
        assertCommonClaims(claims);
    }

    @Test
    void demoDataIsLoadedOnceWithOpenAndInProgressRequests() {
        Api api = ItStack.api();
        String coordinator = api.token(DemoAccounts.COORDINATOR_WELZIJN);
        String gateway = ItStack.gateway();
        assertThat(api.get(gateway + "/api/volunteers?size=1", coordinator).expect(200, "volunteers").json()
                .path("total").asLong()).isGreaterThanOrEqualTo(DemoData.COUNT + 2);
        assertThat(total(api, gateway + "/api/requests?size=1", coordinator))
                .isGreaterThanOrEqualTo(DemoRequests.COUNT);
        assertThat(total(api, gateway + "/api/requests?size=1&status=IN_PROGRESS", coordinator)).isPositive();
        assertThat(total(api, gateway + "/api/requests?size=1&status=OPEN", coordinator)).isPositive();
        // a partner app sees its own organisation's requests only: half of the demo ones (other tests add more)
        String partner = api.token(DemoAccounts.PARTNER_BIBLIOTHEEK);
        JsonNode own = api.get(gateway + "/api/requests?size=200", partner).expect(200, "partner's requests").json();
        assertThat(own.path("total").asLong()).isGreaterThanOrEqualTo(DemoRequests.COUNT / 2);
        List<String> organisations = new java.util.ArrayList<>();
        own.path("items").forEach(item -> organisations.add(item.path("organisation").asText()));
        assertThat(organisations)
                .containsOnly(DemoAccounts.PARTNER_BIBLIOTHEEK.organisation());

        // loading again changes nothing
        assertThat(DemoData.load(api, ItStack.url(LocalStack.VOLUNTEER_SERVICE)).skipped()).isTrue();
        assertThat(DemoRequests.load(api, gateway, List.of()).skipped()).isTrue();
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyDoesNotDuplicateARequest() {
        Api api = ItStack.api();
        List<DemoData.Talent> catalogue = DemoData.catalogue(api, ItStack.gateway(),
                api.token(DemoAccounts.COORDINATOR_WELZIJN));
        DemoRequests.Planned first = DemoRequests.plan(DemoRequests.SEED, 1, catalogue, LocalDate.now()).getFirst();
        String partner = api.token(first.partner());
        String url = ItStack.gateway() + "/api/requests";
        Map<String, String> key = Map.of("Idempotency-Key", "it-replay-" + System.nanoTime());
        Api.Answer created = api.call("POST", url, partner, key, first.body()).expect(201, "first post");
        long before = total(api, url + "?size=1", partner);
        Api.Answer replayed = api.call("POST", url, partner, key, first.body());
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.json().path("id").asText()).isEqualTo(created.json().path("id").asText());
        assertThat(total(api, url + "?size=1", partner)).isEqualTo(before);
    }

    @Test
    void theCurlCommandsThePrintedBannerShowsWork() throws IOException, InterruptedException {
        assumeTrue(onPath("curl") && onPath("sed"), "curl and sed are needed to run the printed commands");
        List<String> commands = Banner.curlCommands(ItStack.get().keycloak().tokenUrl(), ItStack.gateway());
        // as pasted into one shell: the first sets TOKEN, the others use it
        for (int i = 1; i < commands.size(); i++) {
            Process shell = new ProcessBuilder("bash", "-c", commands.getFirst() + "\n" + commands.get(i))
                    .redirectErrorStream(true).start();
            String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(shell.waitFor()).as(output).isZero();
            assertThat(output).as(commands.get(i)).startsWith(i == 1 ? "{\"items\":[" : "[")
                    .doesNotContain("\"status\":40");
        }
    }

    private static boolean onPath(String program) throws IOException, InterruptedException {
        return new ProcessBuilder("bash", "-c", "command -v " + program).start().waitFor() == 0;
    }

    private static long total(Api api, String url, String token) {
        return api.get(url, token).expect(200, url).json().path("total").asLong();
    }

    private static void assertCommonClaims(JsonNode claims) {
        assertThat(claims.path("iss").asText()).isEqualTo(ItStack.get().keycloak().realmUrl());
        assertThat(claims.path("sub").asText()).isNotBlank();
        JsonNode aud = claims.path("aud");
        assertThat(aud.isArray() ? texts(aud) : List.of(aud.asText())).contains(DemoAccounts.AUDIENCE);
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
