package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The story of issue 5, through the gateway with real tokens: a partner app posts a request, HandjeHelpen's
 * coordinator asks for candidates and proposes the best, volunteer-anna sees the offer and accepts it, the partner
 * sees the request MATCHED and its webhook fires, the coordinator activates the match, Anna logs hours, the
 * coordinator completes it, and the impact report counts it.
 */
class StoryIT {

    @Test
    void aPartnersRequestIsMatchedDoneAndCounted() {
        Api api = ItStack.api();
        String partner = Journey.token(DemoAccounts.PARTNER_HANDJEHELPEN);
        String coordinator = Journey.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        String anna = Journey.token(DemoAccounts.VOLUNTEER_ANNA);
        String annaId = Journey.annaId();

        // the partner app's webhook, and the report before the story (matching has caught up with every request)
        String hook = "story-" + Journey.unique();
        JsonNode webhook = Journey.replaceWebhook(partner, hook);
        JsonNode before = impactThisYear(coordinator);

        // 1. the partner app of HandjeHelpen posts a request that fits Anna
        String requestId = Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, Journey.requestFittingAnna());
        assertThat(api.get(gateway("/api/requests/" + requestId), partner).expect(200, "partner reads").json()
                .path("status").asText()).isEqualTo("OPEN");

        // 2. HandjeHelpen's coordinator asks for candidates once matching has the request, and proposes the best
        JsonNode candidates = Journey.awaitCandidates(requestId, coordinator, Duration.ofSeconds(30));
        assertThat(Journey.candidateIds(candidates)).as(candidates.toString()).isNotEmpty();
        String best = candidates.path("candidates").get(0).path("volunteerId").asText();
        assertThat(best).as("the best candidate is volunteer-anna").isEqualTo(annaId);
        JsonNode match = Journey.propose(coordinator, requestId, best);
        assertThat(match.path("status").asText()).isEqualTo("PROPOSED");
        String matchId = match.path("id").asText();

        // 3. Anna sees the offer and accepts it
        JsonNode offers = api.get(gateway("/api/offers?size=100"), anna).expect(200, "Anna's offers").json();
        JsonNode offer = null;
        for (JsonNode item : offers.path("items")) {
            if (item.path("requestId").asText().equals(requestId)) {
                offer = item;
            }
        }
        assertThat(offer).as("Anna's offers " + offers).isNotNull();
        assertThat(offer.path("id").asText()).isEqualTo(matchId);
        Api.Answer accepted = api.call("POST", gateway("/api/offers/" + matchId + "/accept"), anna, Map.of(),
                null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(api.get(gateway("/api/matches/" + matchId), coordinator).expect(200, "coordinator reads")
                .json().path("status").asText()).isEqualTo("ACCEPTED");

        // 4. request-service follows the matching feed: the partner sees MATCHED, and its webhook got the change
        Journey.await("the request's status for the partner", Duration.ofSeconds(30), "MATCHED",
                () -> api.get(gateway("/api/requests/" + requestId), partner).expect(200, "partner reads").json()
                        .path("status").asText());
        Hooks.Delivery delivery = awaitDelivery(hook, requestId, "MATCHED");
        // signed as Standard Webhooks are: v1,<base64 HMAC-SHA256 of "id.timestamp.body">, key after whsec_
        assertThat(delivery.signature()).isEqualTo("v1," + hmac(webhook.path("secret").asText(),
                delivery.id() + "." + delivery.timestamp() + "." + delivery.body()));
        // now that she accepted, Anna may see whom she helps; before, she could not
        assertThat(api.get(gateway("/api/requests/" + requestId), anna).expect(200, "Anna reads the request")
                .json().path("requester").path("name").asText()).isEqualTo("mevrouw J. de Boer");

        // 5. the coordinator starts the match, Anna logs her hours, the coordinator completes it with feedback
        assertThat(Journey.step(coordinator, "/api/matches/" + matchId + "/activate", null).path("status")
                .asText()).isEqualTo("ACTIVE");
        api.post(gateway("/api/offers/" + matchId + "/hours"), anna,
                Map.of("workedOn", LocalDate.now().toString(), "hours", 2.5)).expect(201, "Anna logs hours");
        JsonNode completed = Journey.step(coordinator, "/api/matches/" + matchId + "/complete",
                Map.of("rating", 5, "comment", "Mevrouw kan nu zelf inloggen"));
        assertThat(completed.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.path("hoursLogged").decimalValue()).isEqualByComparingTo("2.5");
        Journey.await("the request's status for the partner", Duration.ofSeconds(30), "COMPLETED",
                () -> api.get(gateway("/api/requests/" + requestId), partner).expect(200, "partner reads").json()
                        .path("status").asText());
        awaitDelivery(hook, requestId, "COMPLETED");

        // 6. the impact report counts it: one more request and one more match made than before the story, and
        // completed matches no longer 0 (small counts show as "<5")
        JsonNode after = impactThisYear(coordinator);
        assertThat(count(after, "requests")).isEqualTo(count(before, "requests") + 1);
        if (count(before, "matchesMade") >= 5) {
            assertThat(count(after, "matchesMade")).isEqualTo(count(before, "matchesMade") + 1);
        } else {
            assertThat(after.path("matchesMade").asText()).isNotEqualTo("0");
        }
        assertThat(after.path("matchesCompleted").asText()).as(after.toString()).isNotEqualTo("0");
        if (count(before, "matchesCompleted") >= 5) {
            assertThat(count(after, "matchesCompleted")).isEqualTo(count(before, "matchesCompleted") + 1);
        }
    }

    private static Hooks.Delivery awaitDelivery(String hook, String requestId, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (Hooks.Delivery delivery : ItStack.hooks().received(hook)) {
                if (delivery.body().contains("\"requestId\":\"" + requestId + "\"")
                        && delivery.body().contains("\"status\":\"" + status + "\"")) {
                    return delivery;
                }
            }
            Processes.sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("no webhook delivery " + status + " for " + requestId + "; got "
                + ItStack.hooks().received(hook));
    }

    /** This year's total row, once matching's projection holds every request request-service has. */
    private static JsonNode impactThisYear(String coordinator) {
        Api api = ItStack.api();
        String service = api.token(DemoAccounts.MATCHING_SERVICE);
        Journey.await("matching's projected requests", Duration.ofSeconds(30),
                api.get(ItStack.url("request-service") + "/internal/requests/summary", service)
                        .expect(200, "request summary").json().path("checksum").asText(),
                () -> api.get(ItStack.url("matching-service") + "/internal/projection/summary", service)
                        .expect(200, "projection summary").json().path("requests").path("checksum").asText());
        // reports are for fixed calendar periods only; the story happens this year
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        return api.get(gateway("/api/reports/impact?period=" + year + "&by=organisation"),
                coordinator).expect(200, "impact report").json().path("total");
    }

    /** A count of the report: the number, or 1 for "<5" (at least one). */
    private static long count(JsonNode row, String column) {
        JsonNode cell = row.path(column);
        return cell.isNumber() ? cell.asLong() : "<5".equals(cell.asText()) ? 1 : -1;
    }

    private static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
