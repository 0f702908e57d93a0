package nl.talentenbureau.request.webhook;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.Api.step;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.support.RebindingResolver;
import nl.talentenbureau.request.support.WebhookReceiver;

/**
 * DNS rebinding: the partner's name resolves to an allowed address while the guard looks and to an internal one
 * afterwards ({@link RebindingResolver}). The delivery must go to the address that was checked, with the partner's
 * name in the Host header, and never look the name up again for the connection.
 */
@QuarkusTest
class RebindingTest {

    private final String org = "rebind-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theDeliveryConnectsToTheAddressTheGuardChecked() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String host = org + RebindingResolver.SUFFIX;
            String url = "http://" + host + ":" + receiver.port() + "/hook";
            // lookup 1: registration
            String webhook = as(Tokens.partner(org)).body(Map.of("url", url)).post("/api/webhooks").then()
                    .statusCode(201).extract().path("id");
            // lookup 2: the guard before the attempt; a lookup 3 would answer the internal address
            step(Tokens.coordinator(org), posted(Tokens.partner(org), aRequest()), "MATCHED");

            SlowReceiverTest.await("a delivery attempt", Duration.ofSeconds(20), () -> !as(Tokens.partner(org))
                    .get("/api/webhooks/" + webhook + "/deliveries").jsonPath().getList("items[0].log").isEmpty());
            JsonPath log = as(Tokens.partner(org)).get("/api/webhooks/" + webhook + "/deliveries").jsonPath();
            Log.infof("rebinding: %d calls reached the checked address (Host %s); log %s",
                    receiver.received().size(),
                    receiver.received().isEmpty() ? "-" : receiver.received().getFirst().header("host"),
                    log.getList("items[0].log.outcome"));

            assertThat(log.getString("items[0].log[0].outcome")).isEqualTo("ACKNOWLEDGED");
            assertThat(receiver.received()).hasSize(1);
            assertThat(receiver.received().getFirst().header("host")).isEqualTo(host + ":" + receiver.port());
        }
    }
}
