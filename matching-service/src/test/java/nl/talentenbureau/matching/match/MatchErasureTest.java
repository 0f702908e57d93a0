package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * Issue 12: the requester's key and the free text of matches (decline and end reasons, feedback comments) were kept
 * for ever. The request feed's erasure ({@code erasedAt}) makes the request's matches forget them, and retention
 * blanks the free text of matches closed long enough ago. In Sint Jansklooster, out of reach of the other tests.
 */
@QuarkusTest
class MatchErasureTest {

    static final String ORG = "match-erasure-org";

    static final VolunteerEvent HELPER = aVolunteer().inKern("sint-jansklooster").travelling(2).capacity(5)
            .subject("erasure-helper");
    static final VolunteerEvent DECLINER = aVolunteer().inKern("sint-jansklooster").travelling(2).capacity(5)
            .subject("erasure-decliner");

    static boolean fed;

    @Inject
    FeedFollowers followers;

    @Inject
    MatchErasure erasure;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        Feeds.volunteerEvent("VolunteerRegistered", HELPER);
        Feeds.volunteerEvent("VolunteerRegistered", DECLINER);
        followers.catchUp(Feeds.VOLUNTEERS);
        fed = true;
    }

    @Test
    void erasureOfTheRequesterMakesItsMatchesForgetTheKeyReasonsAndFeedback() {
        String key = "rk-" + UUID.randomUUID();
        String canary = "Canary-" + UUID.randomUUID().toString().substring(0, 8);
        RequestEvent request = request(key);
        String ended = endedWithFeedback(request, canary);
        String declined = declined(request, canary);
        assertThat(match(ended).getString("endReason")).isEqualTo(canary);
        assertThat(keysOf(request.id())).containsOnly(key);

        Feeds.requestEvent("RequestUpdated", request.version(2).erased());
        followers.catchUp(Feeds.REQUESTS);

        JsonPath endedNow = match(ended);
        long hits = canaryHits(canary);
        Log.infof("requester erasure in matching: %d match rows still keyed, %d rows with the canary", keysOf(
                request.id()).stream().filter(k -> k != null).count(), hits);
        assertThat(keysOf(request.id())).containsOnlyNulls();
        assertThat(endedNow.getString("endReason")).isNull();
        assertThat(endedNow.getList("feedback.comment")).containsOnlyNulls();
        assertThat(endedNow.getList("feedback.rating")).containsExactly(4);
        assertThat(match(declined).getString("declineReason")).isNull();
        assertThat(hits).isZero();
    }

    @Test
    void retentionBlanksTheFreeTextOfMatchesClosedLongerAgoThanTheRetentionPeriod() {
        String canary = "Canary-" + UUID.randomUUID().toString().substring(0, 8);
        RequestEvent request = request("rk-" + UUID.randomUUID());
        String ended = endedWithFeedback(request, canary);
        String declined = declined(request, canary);

        erasure.eraseFreeText(OffsetDateTime.now().plusDays(89));
        assertThat(match(ended).getString("endReason")).isEqualTo(canary);
        assertThat(match(declined).getString("declineReason")).isEqualTo(canary);

        erasure.eraseFreeText(OffsetDateTime.now().plusDays(91));
        JsonPath endedNow = match(ended);
        assertThat(endedNow.getString("endReason")).isNull();
        assertThat(endedNow.getList("feedback.comment")).containsOnlyNulls();
        assertThat(endedNow.getString("status")).isEqualTo("ENDED");
        assertThat(match(declined).getString("declineReason")).isNull();
        assertThat(canaryHits(canary)).isZero();
    }

    RequestEvent request(String key) {
        RequestEvent request = anOpenRequest(ORG).inKern("sint-jansklooster").volunteersNeeded(2).requesterKey(key)
                .atItsOwnTime();
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return request;
    }

    /** Proposed, accepted, activated, ended by the coordinator with {@code canary} as the reason and comment. */
    static String endedWithFeedback(RequestEvent request, String canary) {
        String id = proposed(request, HELPER);
        given().auth().oauth2(Tokens.volunteer("erasure-helper")).post("/api/offers/" + id + "/accept").then()
                .statusCode(200);
        coordinator().post("/api/matches/" + id + "/activate").then().statusCode(200);
        coordinator().body(Map.of("reason", canary)).post("/api/matches/" + id + "/end").then().statusCode(200);
        coordinator().body(Map.of("rating", 4, "comment", canary)).post("/api/matches/" + id + "/feedback").then()
                .statusCode(201);
        return id;
    }

    static String declined(RequestEvent request, String canary) {
        String id = proposed(request, DECLINER);
        given().auth().oauth2(Tokens.volunteer("erasure-decliner")).contentType("application/json")
                .body(Map.of("reason", canary)).post("/api/offers/" + id + "/decline").then().statusCode(200);
        return id;
    }

    static String proposed(RequestEvent request, VolunteerEvent volunteer) {
        return coordinator()
                .body(Map.of("requestId", request.id().toString(), "volunteerId", volunteer.id().toString()))
                .post("/api/matches").then().statusCode(201).extract().path("id");
    }

    static io.restassured.specification.RequestSpecification coordinator() {
        return given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json");
    }

    static JsonPath match(String id) {
        return coordinator().get("/api/matches/" + id).then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    List<String> keysOf(UUID requestId) {
        return entityManager.createNativeQuery("select requester_key from match where request_id = ?1")
                .setParameter(1, requestId).getResultList();
    }

    /** Rows of the match tables whose text holds the canary. */
    long canaryHits(String canary) {
        return ((Number) entityManager.createNativeQuery("""
                select (select count(*) from match m where cast(m as text) like ?1)
                     + (select count(*) from match_feedback f where cast(f as text) like ?1)""")
                .setParameter(1, "%" + canary + "%").getSingleResult()).longValue();
    }
}
