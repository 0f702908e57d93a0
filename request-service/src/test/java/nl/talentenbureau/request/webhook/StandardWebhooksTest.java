package nl.talentenbureau.request.webhook;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.Api.problem;
import static nl.talentenbureau.request.support.Api.step;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.support.StandardWebhooks;
import nl.talentenbureau.request.support.WebhookReceiver;

/** Deliveries are signed as Standard Webhooks are; the secret rotates with an overlap and is stored encrypted. */
@QuarkusTest
class StandardWebhooksTest {

    @Inject
    EntityManager db;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "request.webhook.secret-key")
    String secretKey;

    private final String org = "std-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = Tokens.partner(org);
    private final String coordinator = Tokens.coordinator(org);

    @Test
    void aDeliveryCarriesIdTimestampAndAV1SignatureOverAllThree() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String secret = register(receiver).getString("secret");
            UUID request = posted(partner, aRequest());

            step(coordinator, request, "MATCHED");

            WebhookReceiver.Received got = awaitCall(receiver, 1);
            JsonPath event = JsonPath.from(got.body());
            long timestamp = Long.parseLong(got.header("webhook-timestamp"));
            Log.infof("standard webhooks: webhook-id %s, webhook-timestamp %d (%d s ago), signature %s",
                    got.header("webhook-id"), timestamp, Instant.now().getEpochSecond() - timestamp,
                    got.header("webhook-signature"));

            assertThat(got.header("webhook-id")).isEqualTo(event.getString("eventId"));
            assertThat(timestamp).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 1);
            assertThat(got.header("webhook-signature")).matches("v1,[A-Za-z0-9+/]{43}=");
            assertThat(StandardWebhooks.verifies(secret, got)).isTrue();
            // the id and the timestamp are signed: changing either breaks the signature (no replay as a new event)
            assertThat(StandardWebhooks.verifies(secret, UUID.randomUUID().toString(), got.header(
                    "webhook-timestamp"), got.body(), got.header("webhook-signature"))).isFalse();
            assertThat(StandardWebhooks.verifies(secret, got.header("webhook-id"), Long.toString(timestamp + 600),
                    got.body(), got.header("webhook-signature"))).isFalse();
        }
    }

    @Test
    void duringTheOverlapBothSecretsSignAndTheRotationIsShownOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            JsonPath registered = register(receiver);
            String id = registered.getString("id");
            String old = registered.getString("secret");

            JsonPath rotated = as(partner).post("/api/webhooks/" + id + "/secret").then().statusCode(200)
                    .extract().jsonPath();
            String fresh = rotated.getString("secret");
            OffsetDateTime until = OffsetDateTime.parse(rotated.getString("previousSecretValidUntil"));
            step(coordinator, posted(partner, aRequest()), "MATCHED");

            WebhookReceiver.Received got = awaitCall(receiver, 1);
            String[] signatures = got.header("webhook-signature").split(" ");
            Log.infof("secret rotation: %d signatures during the overlap (until %s)", signatures.length, until);

            assertThat(fresh).isNotEqualTo(old).startsWith("whsec_");
            assertThat(until).isAfter(OffsetDateTime.now().plusHours(1));
            assertThat(signatures).hasSize(2);
            assertThat(StandardWebhooks.verifies(fresh, got)).isTrue();
            assertThat(StandardWebhooks.verifies(old, got)).isTrue();
            as(partner).get("/api/webhooks/" + id).then().statusCode(200)
                    .body("secret", nullValue());
            problem(as(Tokens.partner("other-" + org)).post("/api/webhooks/" + id + "/secret").then(), 404,
                    "not-found");
        }
    }

    @Test
    void theSecretIsNotStoredInClear() {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            JsonPath registered = register(receiver);
            String secret = registered.getString("secret");

            @SuppressWarnings("unchecked")
            List<Object> stored = db.createNativeQuery("select secret from webhook where id = ?1")
                    .setParameter(1, UUID.fromString(registered.getString("id"))).getResultList();

            assertThat(stored).hasSize(1);
            assertThat(stored.getFirst().toString()).doesNotContain(secret)
                    .doesNotContain(secret.substring("whsec_".length()));
        }
    }

    @Test
    void migrationFiveSealsASecretStoredInClearAndItStillSigns() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            UUID id = UUID.randomUUID();
            String clear = "whsec_" + "0123456789abcdef".repeat(4); // as secrets were issued before
            int sealed;
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into webhook (id, organisation, url, secret, created_at) values (?, ?, ?, ?, now())")) {
                    insert.setObject(1, id);
                    insert.setString(2, org);
                    insert.setString(3, receiver.url());
                    insert.setString(4, clear);
                    insert.executeUpdate();
                }
                sealed = V5__Seal_webhook_secrets.sealAll(connection, new SecretBox(secretKey));
            }
            step(coordinator, posted(partner, aRequest()), "MATCHED");

            WebhookReceiver.Received got = awaitCall(receiver, 1);
            Log.infof("migration 5: %d secret(s) in clear sealed; the delivery verifies with the old secret: %s",
                    sealed, StandardWebhooks.verifies(clear, got));

            assertThat(sealed).isEqualTo(1);
            assertThat(db.createNativeQuery("select secret from webhook where id = ?1").setParameter(1, id)
                    .getSingleResult().toString()).startsWith("v1.").doesNotContain("0123456789abcdef");
            assertThat(StandardWebhooks.verifies(clear, got)).isTrue();
        }
    }

    private JsonPath register(WebhookReceiver receiver) {
        return as(partner).body(Map.of("url", receiver.url())).post("/api/webhooks").then().statusCode(201)
                .extract().jsonPath();
    }

    private static WebhookReceiver.Received awaitCall(WebhookReceiver receiver, int n) throws InterruptedException {
        SlowReceiverTest.await("call " + n, Duration.ofSeconds(20), () -> receiver.received().size() >= n);
        return receiver.received().get(n - 1);
    }
}
