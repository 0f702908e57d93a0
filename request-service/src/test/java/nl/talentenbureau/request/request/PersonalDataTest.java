package nl.talentenbureau.request.request;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.step;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.support.WebhookReceiver;

/** The requester's phone number reaches coordinators of the owning organisation, and nobody else. */
@QuarkusTest
class PersonalDataTest {

    private final String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = Tokens.partner(org);
    private final String coordinator = Tokens.coordinator(org);
    private final String volunteer = Tokens.volunteer("vol-" + org);

    @Test
    void aRequestersPhoneNeverAppearsInTheFeedAPartnersOrAVolunteersViewOrAWebhookBody() throws Exception {
        String phone = "+31 6 " + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            as(partner).body(Map.of("url", receiver.url())).post("/api/webhooks").then().statusCode(201);
            long cursor = Feed.head();

            String created = as(partner).body(aRequest().withPhone(phone).build()).post("/api/requests").then()
                    .statusCode(201).extract().asString();
            UUID id = UUID.fromString(io.restassured.path.json.JsonPath.from(created).getString("id"));
            List<String> seen = new ArrayList<>();
            seen.add(created);
            seen.add(as(partner).get("/api/requests/" + id).asString());
            seen.add(as(partner).get("/api/requests").asString());
            seen.add(as(Tokens.coordinator("other-" + org)).get("/api/requests/" + id).asString());
            seen.add(as(Tokens.coordinator("other-" + org)).queryParam("organisation", org).get("/api/requests")
                    .asString());
            seen.add(as(volunteer).get("/api/requests/open").asString());
            seen.add(as(volunteer).get("/api/requests/open/" + id).asString());
            String etag = as(partner).get("/api/requests/" + id).header("ETag");
            seen.add(as(partner).header("If-Match", etag).body(aRequest().withPhone(phone).build())
                    .put("/api/requests/" + id).asString());
            step(coordinator, id, "MATCHED");
            step(coordinator, id, "IN_PROGRESS");
            step(coordinator, id, "COMPLETED");
            awaitCalls(receiver, 3);
            String feed = Feed.rawPageAfter(cursor);
            List<String> webhookBodies = receiver.received().stream().map(WebhookReceiver.Received::body).toList();

            String ownCoordinatorView = as(coordinator).get("/api/requests/" + id).asString();
            Log.infof("personal data: phone checked in %d answers, %d feed events, %d webhook bodies: 0 hits",
                    seen.size(), Feed.eventsAfter(cursor).size(), webhookBodies.size());
            assertThat(ownCoordinatorView).contains(phone);
            assertThat(seen).allSatisfy(answer -> assertThat(answer).doesNotContain(phone));
            assertThat(feed).contains(id.toString()).doesNotContain(phone);
            assertThat(webhookBodies).hasSize(3).allSatisfy(body -> assertThat(body).doesNotContain(phone));
        }
    }

    private static void awaitCalls(WebhookReceiver receiver, int calls) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (receiver.received().size() < calls && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
