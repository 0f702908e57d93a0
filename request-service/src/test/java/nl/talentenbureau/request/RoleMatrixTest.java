package nl.talentenbureau.request;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.catalog.CatalogFeedConsumer;
import nl.talentenbureau.request.support.Organisations;
import nl.talentenbureau.request.support.WebhookReceiver;

/**
 * Partner A, partner B, coordinators of organisations A and B and a volunteer against every endpoint, on a request
 * and a webhook of organisation A: the allowed calls work, every other call is refused.
 */
@QuarkusTest
class RoleMatrixTest {

    private final String orgA = "a-" + UUID.randomUUID().toString().substring(0, 8);
    private final String orgB = "b-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> actors = new LinkedHashMap<>();

    private final List<String> unexpected = new ArrayList<>();
    private int calls;
    private int allowed;
    private int refused;

    @Inject
    FeedFollowers followers;

    RoleMatrixTest() {
        actors.put("partnerA", Tokens.partner(orgA));
        actors.put("partnerB", Tokens.partner(orgB));
        actors.put("coordinatorA", Tokens.coordinator(orgA));
        actors.put("coordinatorB", Tokens.coordinator(orgB));
        actors.put("volunteer", Tokens.volunteer("volunteer-" + orgA));
    }

    @Test
    void everyRoleGetsExactlyTheCallsItIsAllowed() {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String partnerA = actors.get("partnerA");
            UUID shared = posted(partnerA, aRequest());
            Map<String, Object> webhook = Map.of("url", receiver.url());

            expect("POST /api/requests", Map.of("partnerA", 201, "partnerB", 201, "coordinatorA", 201,
                    "coordinatorB", 201, "volunteer", 403), t -> as(t).body(aRequest().build()).post("/api/requests"));
            expect("GET /api/requests", Map.of("partnerA", 200, "partnerB", 200, "coordinatorA", 200,
                    "coordinatorB", 200, "volunteer", 403), t -> as(t).get("/api/requests"));
            // a volunteer reads a request only with a live match of it (MatchFeedTest): without one, 404
            expect("GET /api/requests/{id}", Map.of("partnerA", 200, "partnerB", 404, "coordinatorA", 200,
                    "coordinatorB", 200, "volunteer", 404), t -> as(t).get("/api/requests/" + shared));
            expect("PUT /api/requests/{id}", Map.of("partnerA", 200, "partnerB", 404, "coordinatorA", 200,
                    "coordinatorB", 403, "volunteer", 403),
                    t -> as(t).header("If-Match", "*").body(aRequest().build()).put("/api/requests/" + shared));
            expect("POST /api/requests/{id}/status MATCHED", Map.of("partnerA", 403, "partnerB", 404,
                    "coordinatorA", 200, "coordinatorB", 403, "volunteer", 403),
                    t -> as(t).body(Map.of("status", "MATCHED"))
                            .post("/api/requests/" + posted(partnerA, aRequest()) + "/status"));
            expect("POST /api/requests/{id}/status CANCELLED", Map.of("partnerA", 200, "partnerB", 404,
                    "coordinatorA", 200, "coordinatorB", 403, "volunteer", 403),
                    t -> as(t).body(Map.of("status", "CANCELLED"))
                            .post("/api/requests/" + posted(partnerA, aRequest()) + "/status"));
            expect("GET /api/requests/{id}/requester", Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 200,
                    "coordinatorB", 403, "volunteer", 403), t -> as(t).get("/api/requests/" + shared + "/requester"));
            expect("DELETE /api/requests/{id}/requester", Map.of("partnerA", 403, "partnerB", 403,
                    "coordinatorA", 204, "coordinatorB", 403, "volunteer", 403),
                    t -> as(t).delete("/api/requests/" + posted(partnerA, aRequest()) + "/requester"));
            UUID open = posted(partnerA, aRequest());
            expect("GET /api/requests/open", Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 403,
                    "coordinatorB", 403, "volunteer", 200), t -> as(t).get("/api/requests/open"));
            expect("GET /api/requests/open/{id}", Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 403,
                    "coordinatorB", 403, "volunteer", 200), t -> as(t).get("/api/requests/open/" + open));
            expect("POST /api/webhooks", Map.of("partnerA", 201, "partnerB", 201, "coordinatorA", 403,
                    "coordinatorB", 403, "volunteer", 403), t -> as(t).body(webhook).post("/api/webhooks"));
            String webhookA = as(partnerA).get("/api/webhooks").then().statusCode(200).extract().path("[0].id");
            expect("GET /api/webhooks", Map.of("partnerA", 200, "partnerB", 200, "coordinatorA", 403,
                    "coordinatorB", 403, "volunteer", 403), t -> as(t).get("/api/webhooks"));
            expect("GET /api/webhooks/{id}", Map.of("partnerA", 200, "partnerB", 404, "coordinatorA", 403,
                    "coordinatorB", 403, "volunteer", 403), t -> as(t).get("/api/webhooks/" + webhookA));
            expect("GET /api/webhooks/{id}/deliveries", Map.of("partnerA", 200, "partnerB", 404,
                    "coordinatorA", 403, "coordinatorB", 403, "volunteer", 403),
                    t -> as(t).get("/api/webhooks/" + webhookA + "/deliveries"));
            expect("POST /api/webhooks/{id}/secret", Map.of("partnerA", 200, "partnerB", 404,
                    "coordinatorA", 403, "coordinatorB", 403, "volunteer", 403),
                    t -> as(t).post("/api/webhooks/" + webhookA + "/secret"));
            expect("GET /internal/events", Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 403,
                    "coordinatorB", 403, "volunteer", 403), t -> as(t).get("/internal/events"));
            // service role only; the service's 200 and the anonymous 401 are in FeedSnapshotTest
            expect("GET /internal/requests/summary", Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 403,
                    "coordinatorB", 403, "volunteer", 403), t -> as(t).get("/internal/requests/summary"));
            // admin only (an operator's); the admin's answers are in MatchFeedQuarantineTest
            Map<String, Integer> operatorsOnly = Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 403,
                    "coordinatorB", 403, "volunteer", 403);
            expect("GET /internal/feeds", operatorsOnly, t -> as(t).get("/internal/feeds"));
            expect("GET /internal/feeds/quarantine", operatorsOnly, t -> as(t).get("/internal/feeds/quarantine"));
            expect("POST /internal/feeds/{feed}/quarantine/{seq}/retry", operatorsOnly,
                    t -> as(t).post("/internal/feeds/matching/quarantine/1/retry"));
            expect("DELETE /internal/feeds/{feed}/quarantine/{seq}", operatorsOnly,
                    t -> as(t).delete("/internal/feeds/matching/quarantine/1"));
            // signals (issue 16): raised by coordinators and volunteers; read by the raiser and the receiving
            // organisation (A); stepped by the receiving organisation only; escalations for the admin (not an actor
            // here: every actor is refused); the facts for matching-service only
            Organisations.inTheDirectory(orgA);
            followers.catchUp(CatalogFeedConsumer.FEED);
            Map<String, Object> signal = Map.of("theme", "digital", "urgency", "NORMAL", "receivingOrganisation", orgA,
                    "note", "Niet pluis", "kern", "breukelen", "sharedContact",
                    Map.of("name", "Mevrouw", "phone", "0346 111 222"), "consent", Map.of("channel", "PHONE"));
            expect("POST /api/signals", Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 201,
                    "coordinatorB", 201, "volunteer", 400), t -> as(t).body(signal).post("/api/signals"));
            expect("GET /api/signals", Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 200,
                    "coordinatorB", 200, "volunteer", 200), t -> as(t).get("/api/signals"));
            String raisedByB = as(actors.get("coordinatorB")).body(signal).post("/api/signals").then()
                    .statusCode(201).extract().path("id");
            expect("GET /api/signals/{id}", Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 200,
                    "coordinatorB", 200, "volunteer", 404), t -> as(t).get("/api/signals/" + raisedByB));
            expect("POST /api/signals/{id}/status", Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 200,
                    "coordinatorB", 403, "volunteer", 403),
                    t -> as(t).body(Map.of("status", "PICKED_UP")).post("/api/signals/" + raisedByB + "/status"));
            expect("GET /api/signals/escalated", Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 403,
                    "coordinatorB", 403, "volunteer", 403), t -> as(t).get("/api/signals/escalated"));
            expect("GET /internal/signals/facts", Map.of("partnerA", 403, "partnerB", 403, "coordinatorA", 403,
                    "coordinatorB", 403, "volunteer", 403),
                    t -> as(t).get("/internal/signals/facts?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z"));
            assertThat(as(Tokens.admin()).get("/api/signals/escalated").statusCode()).isEqualTo(200);

            // partner A last: after this its webhook is gone
            expect("DELETE /api/webhooks/{id}", orderedDeleteExpectations(),
                    t -> as(t).delete("/api/webhooks/" + webhookA));

            // what an allowed read shows depends on who reads it
            assertThat(as(actors.get("coordinatorB")).get("/api/requests/" + shared).jsonPath()
                    .getMap("requester")).isNull();
            assertThat(as(actors.get("coordinatorA")).get("/api/requests/" + shared).jsonPath()
                    .getString("requester.name")).isNotBlank();
            assertThat(as(actors.get("partnerB")).queryParam("size", 200).get("/api/requests").jsonPath()
                    .getList("items.organisation", String.class)).containsOnly(orgB);

            Log.infof("role matrix: %d calls, %d allowed as expected, %d refused as expected, %d unexpected", calls,
                    allowed, refused, unexpected.size());
            assertThat(unexpected).isEmpty();
        }
    }

    private LinkedHashMap<String, Integer> orderedDeleteExpectations() {
        LinkedHashMap<String, Integer> expected = new LinkedHashMap<>();
        expected.put("partnerB", 404);
        expected.put("coordinatorA", 403);
        expected.put("coordinatorB", 403);
        expected.put("volunteer", 403);
        expected.put("partnerA", 204);
        return expected;
    }

    /** Calls the endpoint as each actor (in the map's order when it has one) and compares the status. */
    private void expect(String endpoint, Map<String, Integer> expected, Function<String, Response> call) {
        Iterable<String> order = expected instanceof LinkedHashMap ? expected.keySet() : actors.keySet();
        for (String actor : order) {
            int status = call.apply(actors.get(actor)).statusCode();
            int wanted = expected.get(actor);
            calls++;
            if (status != wanted) {
                unexpected.add(endpoint + " as " + actor + ": " + status + ", expected " + wanted);
            } else if (status < 300) {
                allowed++;
            } else {
                refused++;
            }
        }
    }
}
