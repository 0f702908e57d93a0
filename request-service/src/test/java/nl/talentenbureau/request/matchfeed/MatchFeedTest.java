package nl.talentenbureau.request.matchfeed;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.Api.step;
import static nl.talentenbureau.request.support.MatchEvents.aMatch;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.follower.FeedUnreachable;
import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.StubFeeds;
import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.support.MatchEvents;
import nl.talentenbureau.request.support.WebhookReceiver;

/** request-service follows the matching feed (a stub here) and steps its requests the way a coordinator would. */
@QuarkusTest
class MatchFeedTest {

    private final String org = "mf-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = Tokens.partner(org);
    private final String coordinator = Tokens.coordinator(org);

    @Inject
    FeedFollowers followers;
    @Inject
    EntityManager entityManager;

    @Test
    void anAcceptedMatchMovesTheRequestToMatchedWithItsEventAndThePartnersWebhook() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            as(partner).body(Map.of("url", receiver.url())).post("/api/webhooks").then().statusCode(201);
            UUID request = posted(partner, aRequest());
            long head = Feed.head();

            aMatch(request).of("vol-" + UUID.randomUUID()).proposed().accepted();
            follow();

            assertThat(statusOf(request)).isEqualTo("MATCHED");
            List<Map<String, Object>> events = Feed.eventsAfter(head).stream()
                    .filter(e -> request.toString().equals(e.get("aggregateId"))).toList();
            assertThat(events).extracting(e -> e.get("type")).containsExactly("RequestMatched");
            JsonPath delivered = awaitWebhook(receiver, request, "MATCHED");
            Log.infof("matching feed: MatchAccepted -> request MATCHED, event RequestMatched, webhook %s -> %s",
                    delivered.getString("previousStatus"), delivered.getString("status"));
            assertThat(delivered.getString("previousStatus")).isEqualTo("OPEN");
        }
    }

    @Test
    void aMatchCarriesItsRequestFromMatchedThroughInProgressToCompleted() {
        UUID request = posted(partner, aRequest());
        MatchEvents match = aMatch(request).of("vol-" + UUID.randomUUID()).proposed().accepted();
        follow();
        assertThat(statusOf(request)).isEqualTo("MATCHED");

        match.activated();
        follow();
        assertThat(statusOf(request)).isEqualTo("IN_PROGRESS");

        match.completed();
        follow();
        assertThat(statusOf(request)).isEqualTo("COMPLETED");
    }

    @Test
    void aRequestForTwoIsMatchedOnlyWhenTheSecondVolunteerAccepts() {
        UUID request = posted(partner, aRequest().with("volunteersNeeded", 2));
        aMatch(request).of("vol-" + UUID.randomUUID()).accepted();
        follow();
        assertThat(statusOf(request)).isEqualTo("OPEN");

        aMatch(request).of("vol-" + UUID.randomUUID()).proposed().declined();
        follow();
        assertThat(statusOf(request)).isEqualTo("OPEN");

        aMatch(request).of("vol-" + UUID.randomUUID()).accepted();
        follow();
        assertThat(statusOf(request)).isEqualTo("MATCHED");
    }

    @Test
    void whenTheOnlyMatchEndsBeforeCompletionTheRequestIsOpenAgain() {
        UUID request = posted(partner, aRequest());
        aMatch(request).of("vol-" + UUID.randomUUID()).accepted().activated().ended();
        follow();

        assertThat(statusOf(request)).isEqualTo("OPEN");
        assertThat(as(coordinator).get("/api/requests/" + request).jsonPath().getString("endedAt")).isNull();
    }

    @Test
    void anOlderVersionOfAMatchArrivingLateIsIgnored() {
        UUID request = posted(partner, aRequest());
        MatchEvents match = aMatch(request).of("vol-" + UUID.randomUUID()).proposed().accepted();
        match.append("MatchProposed", "PROPOSED", 1);
        follow();

        assertThat(statusOf(request)).isEqualTo("MATCHED");
    }

    @Test
    void aStepThatNoLongerFitsIsSkippedAndTheFeedGoesOn() {
        UUID cancelled = posted(partner, aRequest());
        step(partner, cancelled, "CANCELLED");
        UUID steppedByHand = posted(partner, aRequest());
        step(coordinator, steppedByHand, "MATCHED");
        step(coordinator, steppedByHand, "IN_PROGRESS");
        UUID next = posted(partner, aRequest());

        aMatch(cancelled).of("vol-" + UUID.randomUUID()).accepted();
        aMatch(steppedByHand).of("vol-" + UUID.randomUUID()).accepted();
        aMatch(next).of("vol-" + UUID.randomUUID()).accepted();
        follow();

        assertThat(statusOf(cancelled)).isEqualTo("CANCELLED");
        assertThat(statusOf(steppedByHand)).isEqualTo("IN_PROGRESS");
        assertThat(statusOf(next)).isEqualTo("MATCHED");
    }

    @Test
    void replayingTheWholeFeedChangesNothing() {
        UUID request = posted(partner, aRequest());
        aMatch(request).of("vol-" + UUID.randomUUID()).accepted().activated();
        follow();
        long cursor = followers.follower(MatchFeedConsumer.FEED).status().position();
        long head = Feed.head();

        // as after a crash between applying and storing the cursor: every event again, from the start
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update feed_cursor set position = 0 where feed = ?1")
                .setParameter(1, MatchFeedConsumer.FEED).executeUpdate());
        follow();

        assertThat(statusOf(request)).isEqualTo("IN_PROGRESS");
        assertThat(Feed.eventsAfter(head)).as("no request step again")
                .noneMatch(e -> request.toString().equals(e.get("aggregateId")));
        assertThat(followers.follower(MatchFeedConsumer.FEED).status().position()).isEqualTo(cursor);
    }

    @Test
    void whileMatchingIsDownNothingMovesAndTheFollowerCatchesUpLater() {
        UUID request = posted(partner, aRequest());
        aMatch(request).of("vol-" + UUID.randomUUID()).accepted();
        MatchEvents.feedDown(true);
        try {
            assertThatThrownBy(this::follow).isInstanceOf(FeedUnreachable.class);
            assertThat(statusOf(request)).isEqualTo("OPEN");
            assertThat(followers.follower(MatchFeedConsumer.FEED).status().reachable()).isFalse();
        } finally {
            MatchEvents.feedDown(false);
        }
        follow();
        assertThat(statusOf(request)).isEqualTo("MATCHED");
    }

    @Test
    void theTokenComesFromTheClientCredentialsGrantAndIsKept() {
        follow();
        int issued = StubFeeds.tokensIssued();
        follow();
        follow();

        assertThat(issued).isPositive();
        assertThat(StubFeeds.tokensIssued()).as("a token is reused until it expires").isEqualTo(issued);
    }

    @Test
    void aVolunteerWithALiveMatchSeesTheRequestersContactDetailsAndOnlyWhileItIsLive() {
        UUID request = posted(partner, aRequest().withPhone("+31 6 22334455"));
        String helperSubject = "vol-" + UUID.randomUUID();
        String helper = Tokens.volunteer(helperSubject);
        String otherSubject = "vol-" + UUID.randomUUID();
        String other = Tokens.volunteer(otherSubject);

        MatchEvents proposed = aMatch(request).of(helperSubject).proposed();
        aMatch(request).of(otherSubject).proposed().declined();
        follow();
        // offered: what the request is, to decide on it; not who asks
        JsonPath offer = as(helper).get("/api/requests/" + request).then().statusCode(200).extract().jsonPath();
        assertThat(offer.getString("title")).isNotBlank();
        assertThat(offer.getMap("requester")).isNull();
        as(other).get("/api/requests/" + request).then().statusCode(404);

        proposed.accepted();
        follow();
        JsonPath seen = as(helper).get("/api/requests/" + request).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getString("requester.phone")).isEqualTo("+31 6 22334455");
        assertThat(seen.getString("requester.name")).isNotBlank();
        as(other).get("/api/requests/" + request).then().statusCode(404);
        as(Tokens.volunteer("vol-" + UUID.randomUUID())).get("/api/requests/" + request).then().statusCode(404);

        proposed.activated();
        follow();
        assertThat(as(helper).get("/api/requests/" + request).then().statusCode(200).extract().jsonPath()
                .getString("requester.phone")).isEqualTo("+31 6 22334455");

        proposed.completed();
        follow();
        as(helper).get("/api/requests/" + request).then().statusCode(404);
    }

    @Test
    void anEndedMatchTakesTheContactDetailsAwayToo() {
        UUID request = posted(partner, aRequest());
        String subject = "vol-" + UUID.randomUUID();
        MatchEvents match = aMatch(request).of(subject).accepted();
        follow();
        as(Tokens.volunteer(subject)).get("/api/requests/" + request).then().statusCode(200);

        match.ended();
        follow();
        as(Tokens.volunteer(subject)).get("/api/requests/" + request).then().statusCode(404);
    }

    @Test
    void aClosedMatchForgetsItsVolunteersSubject() {
        UUID request = posted(partner, aRequest().with("volunteersNeeded", 3));
        String subject = "vol-" + UUID.randomUUID();
        MatchEvents live = aMatch(request).of(subject).accepted();
        MatchEvents completing = aMatch(request).of(subject).accepted().activated();
        MatchEvents ending = aMatch(request).of(subject).accepted().activated();
        follow();
        assertThat(subjectOf(live.matchId())).isEqualTo(subject);

        completing.completed();
        // a volunteer who stopped or was erased: matching ends their live match (erased: without the subject)
        ending.of(null).ended();
        follow();

        assertThat(subjectOf(completing.matchId())).isNull();
        assertThat(subjectOf(ending.matchId())).isNull();
        assertThat(subjectOf(live.matchId())).isEqualTo(subject);
        as(Tokens.volunteer(subject)).get("/api/requests/" + request).then().statusCode(200);
        live.ended();
        follow();
        assertThat(subjectOf(live.matchId())).isNull();
        as(Tokens.volunteer(subject)).get("/api/requests/" + request).then().statusCode(404);
    }

    @Test
    void aVolunteerWhoGotHerAccountAfterTheProposalOpensHerOfferOnceTheSubjectIsLinked() {
        UUID request = posted(partner, aRequest().with("volunteersNeeded", 2));
        String subject = "vol-" + UUID.randomUUID();
        MatchEvents offer = aMatch(request).of(null).proposed();
        MatchEvents declined = aMatch(request).of(null).proposed().declined();
        follow();
        as(Tokens.volunteer(subject)).get("/api/requests/" + request).then().statusCode(404);

        offer.linked(subject, "PROPOSED");
        declined.linked(subject, "DECLINED");
        follow();

        assertThat(subjectOf(offer.matchId())).isEqualTo(subject);
        assertThat(subjectOf(declined.matchId())).as("a closed match keeps no subject").isNull();
        JsonPath seen = as(Tokens.volunteer(subject)).get("/api/requests/" + request).then().statusCode(200)
                .extract().jsonPath();
        assertThat(seen.getMap("requester")).as("offered, not yet helping").isNull();
        assertThat(statusOf(request)).as("a link is no step of the request").isEqualTo("OPEN");

        offer.accepted();
        follow();
        assertThat(as(Tokens.volunteer(subject)).get("/api/requests/" + request).then().statusCode(200).extract()
                .jsonPath().getMap("requester")).isNotNull();
    }

    private String subjectOf(UUID matchId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select volunteer_subject from followed_match where match_id = ?1").setParameter(1, matchId)
                .getSingleResult());
    }

    private void follow() {
        followers.catchUp(MatchFeedConsumer.FEED);
    }

    private String statusOf(UUID request) {
        return as(coordinator).get("/api/requests/" + request).then().statusCode(200).extract().path("status");
    }

    private static JsonPath awaitWebhook(WebhookReceiver receiver, UUID request, String status)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (WebhookReceiver.Received received : receiver.received()) {
                JsonPath body = JsonPath.from(received.body());
                if (request.toString().equals(body.getString("requestId")) && status.equals(body.getString("status"))) {
                    return body;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no webhook with " + status + " for " + request);
    }
}
