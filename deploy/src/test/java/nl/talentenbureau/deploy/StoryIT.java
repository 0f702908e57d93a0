package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The story of issue 5, through the gateway with real tokens, as far as the API goes today: a partner app posts a
 * request, HandjeHelpen's coordinator asks for candidates and proposes the best, volunteer-anna sees the offer and
 * accepts it.
 */
class StoryIT {

    @Test
    void aPartnersRequestIsMatchedWithAnnaWhoAccepts() {
        Api api = ItStack.api();
        String partner = Journey.token(DemoAccounts.PARTNER_HANDJEHELPEN);
        String coordinator = Journey.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        String anna = Journey.token(DemoAccounts.VOLUNTEER_ANNA);
        String annaId = Journey.annaId();

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

        // TODO(issue 5, next steps once matching publishes its feed and the match lifecycle exists):
        // 4. the partner sees the request MATCHED (GET /api/requests/{id}) and its webhook fires
        // (ItStack.hooks().received(...) after POST /api/webhooks with ItStack.hooks().url(...));
        // 5. the coordinator activates the match, logs hours and completes it;
        // 6. GET /api/reports/impact counts it.
    }
}
