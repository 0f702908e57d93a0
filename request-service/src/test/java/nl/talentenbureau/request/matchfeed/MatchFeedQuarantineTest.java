package nl.talentenbureau.request.matchfeed;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.MatchEvents.aMatch;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.support.MatchEvents;

/**
 * A poison event on the matching feed: set aside after {@code max-attempts} (2 in tests) while the rest is applied;
 * an admin lists it, retries it after the cause is fixed (applied once) or skips it.
 */
@QuarkusTest
class MatchFeedQuarantineTest {

    private static final String QUARANTINE = "/internal/feeds/quarantine";

    private final String org = "mq-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = Tokens.partner(org);
    private final String coordinator = Tokens.coordinator(org);

    @Inject
    FeedFollowers followers;
    @Inject
    EntityManager entityManager;

    @Test
    void aPoisonEventIsQuarantinedTheRestAppliedAndARetryAfterTheFixAppliesItOnce() {
        UUID poisoned = posted(partner, aRequest());
        UUID next = posted(partner, aRequest());
        String poisonSubject = "poison-" + UUID.randomUUID();
        String constraint = plantPoison(poisonSubject);
        MatchEvents poison = aMatch(poisoned).of(poisonSubject).accepted();
        aMatch(next).of("vol-" + UUID.randomUUID()).accepted();

        followUntilQuarantined(poison.matchId());

        assertThat(statusOf(next)).as("the feed went on").isEqualTo("MATCHED");
        assertThat(statusOf(poisoned)).isEqualTo("OPEN");
        Map<String, Object> quarantined = quarantined(poison.matchId());
        assertThat(quarantined).containsEntry("feed", "matching").containsEntry("type", "MatchAccepted")
                .containsEntry("attempts", 2);
        assertThat((String) quarantined.get("error")).contains("23514").doesNotContain(poisonSubject);
        long seq = ((Number) quarantined.get("seq")).longValue();

        given().auth().oauth2(Tokens.admin()).post("/internal/feeds/matching/quarantine/" + seq + "/retry")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(quarantined(poison.matchId())).containsEntry("attempts", 3);

        fixPoison(constraint);
        long head = Feed.head();
        given().auth().oauth2(Tokens.admin()).post("/internal/feeds/matching/quarantine/" + seq + "/retry")
                .then().statusCode(204);

        assertThat(statusOf(poisoned)).isEqualTo("MATCHED");
        assertThat(quarantined(poison.matchId())).isNull();
        assertThat(Feed.eventsAfter(head)).filteredOn(e -> poisoned.toString().equals(e.get("aggregateId")))
                .extracting(e -> e.get("type")).containsExactly("RequestMatched");
        given().auth().oauth2(Tokens.admin()).post("/internal/feeds/matching/quarantine/" + seq + "/retry")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anAdminCanSkipAQuarantinedEvent() {
        UUID poisoned = posted(partner, aRequest());
        String poisonSubject = "poison-" + UUID.randomUUID();
        String constraint = plantPoison(poisonSubject);
        try {
            MatchEvents poison = aMatch(poisoned).of(poisonSubject).accepted();
            followUntilQuarantined(poison.matchId());
            long seq = ((Number) quarantined(poison.matchId()).get("seq")).longValue();

            given().auth().oauth2(Tokens.admin()).delete("/internal/feeds/matching/quarantine/" + seq)
                    .then().statusCode(204);

            assertThat(quarantined(poison.matchId())).isNull();
            assertThat(statusOf(poisoned)).isEqualTo("OPEN");
            given().auth().oauth2(Tokens.admin()).delete("/internal/feeds/matching/quarantine/" + seq)
                    .then().statusCode(404);
        } finally {
            fixPoison(constraint);
        }
    }

    @Test
    void theFeedsPositionAndLagAreShownToAnAdmin() {
        aMatch(posted(partner, aRequest())).of("vol-" + UUID.randomUUID()).accepted();
        followers.catchUp(MatchFeedConsumer.FEED);

        List<Map<String, Object>> feeds = given().auth().oauth2(Tokens.admin()).get("/internal/feeds")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(feeds).extracting(feed -> feed.get("feed")).containsExactlyInAnyOrder("matching", "catalog");
        assertThat(feeds).filteredOn(feed -> "matching".equals(feed.get("feed"))).singleElement().satisfies(feed -> {
            assertThat(feed).containsEntry("feed", "matching").containsEntry("eventsBehind", 0)
                    .containsEntry("reachable", true);
            assertThat(((Number) feed.get("position")).longValue()).isPositive();
        });
    }

    @Test
    void onlyAnAdminReachesTheFollowedFeeds() {
        given().get(QUARANTINE).then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(coordinator, partner, Tokens.service(), Tokens.volunteer("v-" + org))) {
            given().auth().oauth2(token).get(QUARANTINE).then().statusCode(403);
            given().auth().oauth2(token).get("/internal/feeds").then().statusCode(403);
            given().auth().oauth2(token).post("/internal/feeds/matching/quarantine/1/retry").then().statusCode(403);
            given().auth().oauth2(token).delete("/internal/feeds/matching/quarantine/1").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.admin()).post("/internal/feeds/nope/quarantine/1/retry").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.admin()).post("/internal/feeds/matching/quarantine/0/retry").then()
                .statusCode(400);
    }

    /** A check constraint that refuses the followed match of this subject: the event's apply fails in PostgreSQL. */
    private String plantPoison(String subject) {
        String name = "poison_" + subject.substring(subject.length() - 12).replace('-', '_');
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "alter table followed_match add constraint " + name + " check (volunteer_subject is distinct from '"
                        + subject + "')")
                .executeUpdate());
        return name;
    }

    private void fixPoison(String constraint) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "alter table followed_match drop constraint if exists " + constraint).executeUpdate());
    }

    private void followUntilQuarantined(UUID matchId) {
        for (int attempt = 0; attempt < 5 && quarantined(matchId) == null; attempt++) {
            followers.catchUp(MatchFeedConsumer.FEED);
        }
        followers.catchUp(MatchFeedConsumer.FEED);
    }

    private static Map<String, Object> quarantined(UUID aggregateId) {
        List<Map<String, Object>> all = given().auth().oauth2(Tokens.admin()).get(QUARANTINE)
                .then().statusCode(200).extract().jsonPath().getList("");
        return all.stream().filter(q -> aggregateId.toString().equals(q.get("aggregateId"))).findFirst()
                .orElse(null);
    }

    private String statusOf(UUID request) {
        return as(coordinator).get("/api/requests/" + request).then().statusCode(200).extract().path("status");
    }
}
