package nl.talentenbureau.request.request;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

/** What the request feed carries for matching-service: the requester key, autoOfferNext, and the summary. */
@QuarkusTest
class FeedSnapshotTest {

    private final String org = "fs-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = Tokens.partner(org);
    private final String coordinator = Tokens.coordinator(org);

    @Test
    void theRequesterKeyIsTheSameForEveryRequestOfOnePersonAndSaysNothingAboutThem() {
        String number = "6" + (10_000_000 + (int) (Math.random() * 89_999_999));
        long head = Feed.head();
        UUID first = posted(partner, aRequest().withPhone("+31 " + number));
        UUID again = posted(Tokens.partner("other-" + org),
                aRequest().withPhone("0" + number.charAt(0) + "-" + number.substring(1)));
        UUID someoneElse = posted(partner, aRequest().withPhone("+31 6 99" + number.substring(3)));
        UUID organisation = posted(partner, aRequest().with("requesterKind", "ORGANISATION").with("requester", null));

        Map<UUID, Map<String, Object>> snapshots = lastSnapshots(Feed.eventsAfter(head));
        String key = (String) snapshots.get(first).get("requesterKey");
        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(snapshots.get(again).get("requesterKey")).isEqualTo(key);
        assertThat(snapshots.get(someoneElse).get("requesterKey")).isNotEqualTo(key);
        assertThat(snapshots.get(organisation).get("requesterKey")).isNull();
        assertThat(snapshots.get(organisation)).containsKey("requesterKey");
        assertThat(key).doesNotContain(number);
    }

    @Test
    void erasingTheRequesterDropsTheKeyFromTheFeed() {
        UUID request = posted(partner, aRequest());
        long head = Feed.head();

        as(coordinator).delete("/api/requests/" + request + "/requester").then().statusCode(204);

        List<Map<String, Object>> events = Feed.eventsAfter(head).stream()
                .filter(e -> request.toString().equals(e.get("aggregateId"))).toList();
        assertThat(events).extracting(e -> e.get("type")).containsExactly("RequestUpdated");
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) events.getFirst().get("payload");
        assertThat(payload.get("requesterKey")).isNull();
    }

    /**
     * Issue 12: the key was an HMAC of the phone, so a new request with the same phone re-linked to the erased
     * history. Now the key is random, the feed's history forgets it, and the same phone gets a new key.
     */
    @Test
    void afterErasureNothingInTheFeedLinksTheSamePhoneToTheErasedHistory() {
        String phone = "+31 6 " + (10_000_000 + (int) (Math.random() * 89_999_999));
        UUID erased = posted(partner, aRequest().withPhone(phone).with("description", "Canary description"));
        as(coordinator).body(Map.of("status", "MATCHED")).post("/api/requests/" + erased + "/status").then()
                .statusCode(200);
        String oldKey = (String) lastSnapshots(Feed.eventsAfter(0)).get(erased).get("requesterKey");
        assertThat(oldKey).isNotNull();

        as(coordinator).delete("/api/requests/" + erased + "/requester").then().statusCode(204);
        UUID later = posted(partner, aRequest().withPhone(phone));

        List<Map<String, Object>> feed = Feed.eventsAfter(0);
        String newKey = (String) lastSnapshots(feed).get(later).get("requesterKey");
        long eventsWithOldKey = feed.stream().filter(e -> e.toString().contains(oldKey)).count();
        List<Map<String, Object>> history = feed.stream().filter(e -> erased.toString().equals(e.get("aggregateId")))
                .toList();
        Log.infof("requester key: %d events of the erased request, %d events anywhere still carry its key, "
                + "the same phone later got %s key", history.size(), eventsWithOldKey,
                oldKey.equals(newKey) ? "the same" : "a new");
        assertThat(newKey).isNotNull().isNotEqualTo(oldKey);
        assertThat(eventsWithOldKey).isZero();
        assertThat(history).hasSizeGreaterThanOrEqualTo(3).allSatisfy(event -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = (Map<String, Object>) event.get("payload");
            assertThat(payload.get("requesterKey")).isNull();
            assertThat(payload.get("title")).isEqualTo("(erased)");
        });
        assertThat(lastSnapshots(feed).get(erased).get("erasedAt")).isNotNull();
        as(coordinator).get("/api/requests/" + erased).then().statusCode(200)
                .body("title", equalTo("(erased)"))
                .body("description", nullValue());
    }

    @Test
    void autoOfferNextIsSetByThePosterShownAndInTheFeed() {
        long head = Feed.head();
        UUID auto = posted(partner, aRequest().with("autoOfferNext", true));
        UUID manual = posted(coordinator, aRequest());

        assertThat(as(coordinator).get("/api/requests/" + auto).jsonPath().getBoolean("autoOfferNext")).isTrue();
        assertThat(as(partner).get("/api/requests/" + manual).jsonPath().getBoolean("autoOfferNext")).isFalse();
        assertThat(as(partner).queryParam("organisation", org).get("/api/requests").jsonPath()
                .getList("items.autoOfferNext", Boolean.class)).contains(true, false);
        Map<UUID, Map<String, Object>> snapshots = lastSnapshots(Feed.eventsAfter(head));
        assertThat(snapshots.get(auto).get("autoOfferNext")).isEqualTo(true);
        assertThat(snapshots.get(manual).get("autoOfferNext")).isEqualTo(false);
    }

    @Test
    void theSummaryIsWhatAConsumerOfTheWholeFeedComputes() throws Exception {
        UUID changed = posted(partner, aRequest());
        as(coordinator).body(Map.of("status", "MATCHED")).post("/api/requests/" + changed + "/status").then()
                .statusCode(200);

        JsonPath summary = given().auth().oauth2(Tokens.service()).get("/internal/requests/summary").then()
                .statusCode(200).extract().jsonPath();

        Map<UUID, Map<String, Object>> projection = new TreeMap<>(
                (a, b) -> a.toString().compareTo(b.toString()));
        projection.putAll(lastSnapshots(Feed.eventsAfter(0)));
        String lines = projection.entrySet().stream()
                .map(e -> e.getKey() + ":" + ((Number) e.getValue().get("version")).longValue())
                .collect(Collectors.joining("\n"));
        String checksum = HexFormat.of()
                .formatHex(MessageDigest.getInstance("MD5").digest(lines.getBytes(StandardCharsets.UTF_8)));
        Log.infof("request summary: %d requests, checksum %s, feed projection %d requests, checksum %s",
                summary.getLong("count"), summary.getString("checksum"), projection.size(), checksum);
        assertThat(summary.getLong("count")).isEqualTo(projection.size());
        assertThat(summary.getString("checksum")).isEqualTo(checksum);
    }

    @Test
    void theSummaryIsForServicesOnly() {
        given().get("/internal/requests/summary").then().statusCode(401);
        for (String token : List.of(coordinator, partner, Tokens.admin(), Tokens.volunteer("v-" + org))) {
            given().auth().oauth2(token).get("/internal/requests/summary").then().statusCode(403);
        }
    }

    /** The last snapshot of each request in the events, as a consumer's projection would keep it. */
    @SuppressWarnings("unchecked")
    private static Map<UUID, Map<String, Object>> lastSnapshots(List<Map<String, Object>> events) {
        Map<UUID, Map<String, Object>> last = new TreeMap<>();
        for (Map<String, Object> event : events) {
            if ("request".equals(event.get("aggregateType"))) {
                last.put(UUID.fromString((String) event.get("aggregateId")),
                        (Map<String, Object>) event.get("payload"));
            }
        }
        return last;
    }
}
