package nl.talentenbureau.request.webhook;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.Api.problem;
import static nl.talentenbureau.request.support.Api.step;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.support.StandardWebhooks;
import nl.talentenbureau.request.support.WebhookReceiver;

@QuarkusTest
class WebhookTest {

    private final String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = Tokens.partner(org);
    private final String coordinator = Tokens.coordinator(org);

    @Test
    void aReceiverThatFailsTwiceGetsOneAcknowledgedSignedDeliveryAndTheLogShowsTheRetries() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(2)) {
            JsonPath registered = as(partner).body(Map.of("url", receiver.url())).post("/api/webhooks").then()
                    .statusCode(201).extract().jsonPath();
            String webhookId = registered.getString("id");
            String secret = registered.getString("secret");
            UUID request = posted(partner, aRequest());

            step(coordinator, request, "MATCHED");

            JsonPath delivery = awaitDelivered(webhookId);
            List<WebhookReceiver.Received> received = receiver.received();
            List<WebhookReceiver.Received> acknowledged = received.stream().filter(r -> r.answered() == 204)
                    .toList();
            Log.infof("webhook: %d calls to the receiver (%s), %d acknowledged, log: %s", received.size(),
                    received.stream().map(r -> String.valueOf(r.answered())).toList(), acknowledged.size(),
                    delivery.getList("items[0].log.outcome"));

            assertThat(received).hasSize(3);
            assertThat(acknowledged).hasSize(1);
            WebhookReceiver.Received ok = acknowledged.getFirst();
            assertThat(StandardWebhooks.verifies(secret, ok)).isTrue();
            assertThat(received).extracting(WebhookReceiver.Received::body).containsOnly(ok.body());
            JsonPath event = JsonPath.from(ok.body());
            assertThat(event.getString("requestId")).isEqualTo(request.toString());
            assertThat(event.getString("previousStatus")).isEqualTo("OPEN");
            assertThat(event.getString("status")).isEqualTo("MATCHED");
            assertThat(delivery.getInt("total")).isEqualTo(1);
            assertThat(delivery.getInt("items[0].attempts")).isEqualTo(3);
            assertThat(delivery.getList("items[0].log.outcome", String.class)).containsExactly("REJECTED",
                    "REJECTED", "ACKNOWLEDGED");
            assertThat(delivery.getList("items[0].log.statusCode", Integer.class)).containsExactly(503, 503, 204);
        }
    }

    @Test
    void everyRefusedUrlGetsTheSameAnswerThatNamesNoHostNorAddress() {
        List<String> urls = List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data",
                "http://192.168.1.1/hook", "file:///etc/passwd", "http://[64:ff9b::a00:1]/hook",
                "http://internal-db.no-such-name.invalid/hook", "http://user:pw@127.0.0.1/hook", "not a url");
        List<String> answers = urls.stream().map(url -> problem(as(partner).body(Map.of("url", url))
                .post("/api/webhooks").then(), 400, "validation-failed").extract().jsonPath())
                .map(p -> p.getString("detail") + " " + p.getList("errors")).toList();
        Log.infof("webhook refusals: %d URLs, %d distinct answers: %s", urls.size(), answers.stream().distinct()
                .count(), answers.getFirst());

        assertThat(answers).as("one answer for every refusal").containsOnly(answers.getFirst());
        assertThat(answers.getFirst()).doesNotContain("10.0.0.1", "no-such-name", "loopback", "private",
                "resolve");
    }

    @Test
    void aPartnerSeesOnlyItsOwnWebhookAndItsSecretOnlyOnce() {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String id = as(partner).body(Map.of("url", receiver.url())).post("/api/webhooks").then().statusCode(201)
                    .extract().path("id");

            as(partner).get("/api/webhooks/" + id).then().statusCode(200)
                    .body("secret", nullValue());
            problem(as(partner).body(Map.of("url", receiver.url())).post("/api/webhooks").then(), 409, "conflict");
            problem(as(Tokens.partner("other-" + org)).get("/api/webhooks/" + id).then(), 404, "not-found");
            problem(as(Tokens.partner("other-" + org)).get("/api/webhooks/" + id + "/deliveries").then(), 404,
                    "not-found");
            as(partner).delete("/api/webhooks/" + id).then().statusCode(204);
        }
    }

    private JsonPath awaitDelivered(String webhookId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonPath log = as(partner).get("/api/webhooks/" + webhookId + "/deliveries").then().statusCode(200)
                    .extract().jsonPath();
            if ("DELIVERED".equals(log.getString("items[0].status")) || System.nanoTime() > deadline) {
                return log;
            }
            Thread.sleep(100);
        }
    }
}
