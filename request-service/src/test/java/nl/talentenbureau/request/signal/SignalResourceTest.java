package nl.talentenbureau.request.signal;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.Api.problem;
import static nl.talentenbureau.request.support.MatchEvents.aMatch;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.catalog.CatalogFeedConsumer;
import nl.talentenbureau.request.matchfeed.MatchFeedConsumer;
import nl.talentenbureau.request.support.MatchEvents;
import nl.talentenbureau.request.support.Organisations;

/**
 * Signals end to end inside request-service: a partner of {@code owner} posted the senior's request, Anna holds a live
 * match of it, {@code welzijn} receives the signal, {@code other} is an organisation with nothing to do with it.
 */
@QuarkusTest
class SignalResourceTest {

    private static final String PHONE = "06 5555 0" + (1000 + new java.util.Random().nextInt(8999));

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String owner = "owner-" + suffix;
    private final String welzijn = "welzijn-" + suffix;
    private final String other = "other-" + suffix;
    private final String anna = "anna-" + suffix;
    private final String annaToken = Tokens.volunteer(anna);
    private final String welzijnCoordinator = Tokens.coordinator(welzijn);
    private final String ownerCoordinator = Tokens.coordinator(owner);
    private final String otherCoordinator = Tokens.coordinator(other);

    @Inject
    FeedFollowers followers;
    @Inject
    SignalJobs jobs;
    @Inject
    EntityManager em;

    private UUID request;
    private MatchEvents match;

    @BeforeEach
    void annaVisitsASeniorOfTheOwnersRequest() {
        Organisations.inTheDirectory(owner, welzijn, other);
        followers.catchUp(CatalogFeedConsumer.FEED);
        request = posted(Tokens.partner(owner), aRequest());
        match = aMatch(request).of(anna).proposed().accepted();
        followers.catchUp(MatchFeedConsumer.FEED);
    }

    @Test
    void annaRaisesASignalAboutHerSeniorWithTheContactDetailsTheSeniorAgreedToShare() {
        long head = Feed.head();
        String location = as(annaToken).body(annasSignal()).post("/api/signals").then().log().ifValidationFails()
                .statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("RAISED")).body("kern", equalTo("breukelen"))
                .body("raisedByRole", equalTo("VOLUNTEER")).body("reference", nullValue())
                .extract().header("Location");
        String path = location.substring(location.indexOf("/api/signals"));

        // the raiser: the signal and (later) its feedback, never the reference
        as(annaToken).get(path).then().statusCode(200).body("note", equalTo("Rekeningen blijven liggen."))
                .body("reference", nullValue());
        // the receiving organisation: the signal with only what the senior agreed to share, and the consent
        JsonPath received = as(welzijnCoordinator).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(received.getString("reference.kind")).isEqualTo("SHARED_CONTACT");
        assertThat(received.getString("reference.requestId")).isNull();
        assertThat(received.getString("reference.sharedContact.phone")).isEqualTo(PHONE);
        assertThat(received.getString("reference.consent.channel")).isEqualTo("IN_PERSON");
        assertThat(received.getString("reference.consent.givenAt")).isNotNull();
        // nobody else: not the request's own organisation, not another one, not another volunteer
        problem(as(ownerCoordinator).get(path).then(), 404, "not-found");
        problem(as(otherCoordinator).get(path).then(), 404, "not-found");
        problem(as(Tokens.volunteer("bram-" + suffix)).get(path).then(), 404, "not-found");
        problem(as(Tokens.admin()).get(path).then(), 403, "forbidden");
        problem(as(Tokens.partner(welzijn)).get(path).then(), 403, "forbidden");
        as(otherCoordinator).get("/api/signals").then().statusCode(200).body("items.id",
                not(hasItem(path.substring(path.lastIndexOf('/') + 1))));

        // the feed: ids and codes, never the note or the contact
        List<Map<String, Object>> events = Feed.eventsAfter(head, "signal");
        assertThat(events).extracting(e -> e.get("type")).contains("SignalRaised");
        assertThat(events.toString()).doesNotContain("Rekeningen").doesNotContain(PHONE).doesNotContain(anna);
    }

    @Test
    void aVolunteerCannotRaiseASignalAboutASeniorSheDoesNotVisit() {
        String bram = Tokens.volunteer("bram-" + suffix);
        problem(as(bram).body(annasSignal()).post("/api/signals").then(), 422, "unprocessable")
                .body("errors[0].field", equalTo("requestId"));
        problem(as(annaToken).body(annasSignal().with("requestId", UUID.randomUUID())).post("/api/signals").then(),
                422, "unprocessable").body("errors[0].field", equalTo("requestId"));
        problem(as(annaToken).body(annasSignal().without("requestId")).post("/api/signals").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("requestId"));
        // only offered (not accepted): not a senior she visits yet
        UUID offered = posted(Tokens.partner(owner), aRequest());
        aMatch(offered).of(anna).proposed();
        followers.catchUp(MatchFeedConsumer.FEED);
        problem(as(annaToken).body(annasSignal().with("requestId", offered)).post("/api/signals").then(), 422,
                "unprocessable");
        // a match that ended: no longer
        match.completed();
        followers.catchUp(MatchFeedConsumer.FEED);
        problem(as(annaToken).body(annasSignal()).post("/api/signals").then(), 422, "unprocessable");
    }

    @Test
    void theOwningOrganisationIsReferredToItsRequestAndNeedsNoContactDetails() {
        String path = raised(ownerCoordinator, Body.of(request, owner).without("sharedContact").without("consent"));
        JsonPath received = as(ownerCoordinator).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(received.getString("reference.kind")).isEqualTo("REQUEST");
        assertThat(received.getString("reference.requestId")).isEqualTo(request.toString());
        assertThat(received.getString("reference.sharedContact")).isNull();
        problem(as(annaToken).body(Body.of(request, owner)).post("/api/signals").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("sharedContact"));
        // a coordinator refers only requests of their own organisation
        problem(as(otherCoordinator).body(Body.of(request, welzijn)).post("/api/signals").then(), 422,
                "unprocessable").body("errors[0].field", equalTo("requestId"));
        // without a request: a senior in a kern, with shared contact details only
        raised(otherCoordinator, Body.of(null, welzijn).with("kern", "maarssen"));
        problem(as(otherCoordinator).body(Body.of(null, welzijn)).post("/api/signals").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("kern"));
    }

    @Test
    void theReceivingOrganisationPicksUpAndAnswersAndAnnaSeesTheFeedback() {
        String path = raised(annaToken, annasSignal());
        problem(as(annaToken).body(Map.of("status", "PICKED_UP")).post(path + "/status").then(), 403, "forbidden");
        problem(as(otherCoordinator).body(Map.of("status", "PICKED_UP")).post(path + "/status").then(), 404,
                "not-found");
        problem(as(welzijnCoordinator).body(Map.of("status", "FEEDBACK_GIVEN", "feedback", "Te vroeg"))
                .post(path + "/status").then(), 409, "illegal-transition");
        problem(as(welzijnCoordinator).body(Map.of("status", "PICKED_UP", "feedback", "Hallo"))
                .post(path + "/status").then(), 400, "validation-failed");
        problem(as(welzijnCoordinator).header("If-Match", "\"7\"").body(Map.of("status", "PICKED_UP"))
                .post(path + "/status").then(), 412, "precondition-failed");
        as(welzijnCoordinator).header("If-Match", "\"0\"").body(Map.of("status", "PICKED_UP")).post(path + "/status")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("status", equalTo("PICKED_UP"));
        problem(as(welzijnCoordinator).body(Map.of("status", "FEEDBACK_GIVEN")).post(path + "/status").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("feedback"));
        problem(as(welzijnCoordinator).body(Map.of("status", "FEEDBACK_GIVEN", "feedback", "x".repeat(501)))
                .post(path + "/status").then(), 400, "validation-failed");
        as(welzijnCoordinator).body(Map.of("status", "FEEDBACK_GIVEN", "feedback", "We hebben contact gehad."))
                .post(path + "/status").then().statusCode(200);
        as(annaToken).get(path).then().statusCode(200).body("status", equalTo("FEEDBACK_GIVEN"))
                .body("feedback", equalTo("We hebben contact gehad.")).body("feedbackAt", not(nullValue()));
        as(welzijnCoordinator).body(Map.of("status", "CLOSED")).post(path + "/status").then().statusCode(200)
                .body("closedAt", not(nullValue()));
        problem(as(welzijnCoordinator).body(Map.of("status", "CLOSED")).post(path + "/status").then(), 409,
                "illegal-transition");
        as(annaToken).queryParam("status", "CLOSED").get("/api/signals").then().statusCode(200)
                .body("items.feedback", hasItem("We hebben contact gehad."));
        as(welzijnCoordinator).get("/api/signals").then().statusCode(200)
                .body("items.find { it.id == '" + idOf(path) + "' }.reference.kind", equalTo("SHARED_CONTACT"));
    }

    @Test
    void parallelPickUpsOfOneSignalLeaveOnePickUpAndOneEvent() throws Exception {
        String path = raised(annaToken, annasSignal());
        long head = Feed.head();
        int calls = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(calls);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < calls; i++) {
                answers.add(pool.submit(() -> as(welzijnCoordinator).body(Map.of("status", "PICKED_UP"))
                        .post(path + "/status").statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            Log.infof("signals: %d parallel pick-ups of one signal -> %s", calls, statuses);
            assertThat(statuses).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409 || s == 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Feed.eventsAfter(head, "signal")).extracting(e -> e.get("type")).containsExactly("SignalPickedUp");
    }

    @Test
    void badSignalsAreRefusedAndNothingIsStored() {
        long head = Feed.head();
        problem(as(annaToken).body(annasSignal().with("note", "x".repeat(501))).post("/api/signals").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("note"));
        problem(as(annaToken).body(annasSignal().with("note", " ")).post("/api/signals").then(), 400,
                "validation-failed");
        problem(as(annaToken).body(annasSignal().with("theme", "no-such-theme")).post("/api/signals").then(), 422,
                "unprocessable").body("errors[0].field", equalTo("theme"));
        problem(as(annaToken).body(annasSignal().with("receivingOrganisation", "not-in-the-directory"))
                .post("/api/signals").then(), 422, "unprocessable")
                .body("errors[0].field", equalTo("receivingOrganisation"));
        problem(as(annaToken).body(annasSignal().with("status", "CLOSED")).post("/api/signals").then(), 400,
                "validation-failed");
        problem(as(annaToken).body(annasSignal().with("urgency", "PANIC")).post("/api/signals").then(), 400,
                "validation-failed");
        problem(as(annaToken).body(annasSignal().with("kern", "maarssen")).post("/api/signals").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("kern"));
        problem(as(annaToken).body(annasSignal().without("consent")).post("/api/signals").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("consent"));
        problem(as(annaToken).body(annasSignal().with("sharedContact", Map.of("name", "Mevrouw")))
                .post("/api/signals").then(), 400, "validation-failed").body("errors[0].field",
                        equalTo("sharedContact"));
        problem(as(annaToken).body(annasSignal().with("consent", Map.of("channel", "IN_PERSON", "givenAt",
                OffsetDateTime.now().plusDays(2).toString()))).post("/api/signals").then(), 400, "validation-failed");
        problem(as(Tokens.partner(owner)).body(annasSignal()).post("/api/signals").then(), 403, "forbidden");
        problem(as(annaToken).get("/api/signals/not-a-uuid").then(), 404, "not-found");
        problem(as(annaToken).get("/api/signals/" + UUID.randomUUID()).then(), 404, "not-found");
        assertThat(Feed.eventsAfter(head, "signal")).isEmpty();
    }

    @Test
    void aSignalNobodyPicksUpIsEscalatedOnceToTheAdminWithCodesOnly() {
        String urgent = raised(annaToken, annasSignal().with("urgency", "HIGH"));
        String normal = raised(annaToken, annasSignal());
        long head = Feed.head();
        Instant later = Instant.now().plus(Duration.ofHours(25));

        assertThat(jobs.escalateDue(later)).isGreaterThanOrEqualTo(1);
        as(annaToken).get(urgent).then().body("escalated", equalTo(true));
        as(annaToken).get(normal).then().body("escalated", equalTo(false));
        List<Map<String, Object>> escalated = Feed.eventsAfter(head, "signal").stream()
                .filter(e -> "SignalEscalated".equals(e.get("type"))).toList();
        assertThat(escalated).extracting(e -> e.get("aggregateId")).contains(idOf(urgent)).doesNotContain(idOf(normal));
        assertThat(escalated.toString()).doesNotContain("Rekeningen").doesNotContain(PHONE);
        JsonPath admin = as(Tokens.admin()).queryParam("size", 200).get("/api/signals/escalated").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Object> row = admin.getMap("items.find { it.id == '" + idOf(urgent) + "' }");
        assertThat(row).containsEntry("receivingOrganisation", welzijn).containsEntry("urgency", "HIGH")
                .doesNotContainKeys("note", "reference", "kern");
        problem(as(welzijnCoordinator).get("/api/signals/escalated").then(), 403, "forbidden");

        // once only, and not after a pick-up
        long again = Feed.head();
        jobs.escalateDue(later);
        assertThat(Feed.eventsAfter(again, "signal")).extracting(e -> e.get("aggregateId"))
                .doesNotContain(idOf(urgent));
        as(welzijnCoordinator).body(Map.of("status", "PICKED_UP")).post(normal + "/status").then().statusCode(200);
        jobs.escalateDue(Instant.now().plus(Duration.ofDays(5)));
        as(annaToken).get(normal).then().body("escalated", equalTo(false));
        Log.infof("signals: escalated after 25 h (HIGH): %s; a NORMAL one picked up: not escalated", idOf(urgent));
    }

    @Test
    void theRequestersErasureErasesTheNoteAndTheReferenceOfTheSignalsAboutThem() {
        String path = raised(annaToken, annasSignal());
        as(ownerCoordinator).delete("/api/requests/" + request + "/requester").then().statusCode(204);

        JsonPath received = as(welzijnCoordinator).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(received.getBoolean("erased")).isTrue();
        assertThat(received.getString("note")).isNull();
        assertThat(received.getString("reference")).isNull();
        assertThat(received.getString("theme")).isEqualTo("practical");
        // the raiser is forgotten with it
        problem(as(annaToken).get(path).then(), 404, "not-found");
    }

    @Test
    void theVolunteersErasureReachesTheSignalsSheRaisedAlsoUnderAMatchClosedLongAgo() {
        String annas = raised(annaToken, annasSignal());
        // Bram helps with the same request and raises one too: his stays his
        String bram = "bram-" + suffix;
        aMatch(request).of(bram).proposed().accepted();
        followers.catchUp(MatchFeedConsumer.FEED);
        String brams = raised(Tokens.volunteer(bram), annasSignal());
        assertThat(raiserColumns(annas)).containsExactly(anna, anna, match.matchId().toString());

        // her match completes (request-service forgets her subject on it), then she is erased
        match.activated().completed();
        followers.catchUp(MatchFeedConsumer.FEED);
        as(annaToken).get(annas).then().statusCode(200);
        match.volunteerErased("COMPLETED");
        followers.catchUp(MatchFeedConsumer.FEED);

        assertThat(raiserColumns(annas)).containsOnlyNulls();
        problem(as(annaToken).get(annas).then(), 404, "not-found");
        as(annaToken).get("/api/signals").then().statusCode(200).body("total", equalTo(0));
        // the receiving organisation keeps the signal and what the senior agreed to share
        as(welzijnCoordinator).get(annas).then().statusCode(200).body("erased", equalTo(false))
                .body("note", equalTo("Rekeningen blijven liggen.")).body("reference.sharedContact.phone",
                        equalTo(PHONE));
        as(Tokens.volunteer(bram)).get(brams).then().statusCode(200);
        assertThat(raiserColumns(brams)).first().isEqualTo(bram);
        // told again (a retried page): nothing changes, nothing fails
        match.volunteerErased("COMPLETED");
        followers.catchUp(MatchFeedConsumer.FEED);
        assertThat(raiserColumns(annas)).containsOnlyNulls();
    }

    /** raised_by, consent_recorded_by, raised_under_match of the signal at {@code path}. */
    private List<String> raiserColumns(String path) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select raised_by, consent_recorded_by, cast(raised_under_match as text) from signal where id = ?1""")
                .setParameter(1, UUID.fromString(idOf(path))).getSingleResult());
        return java.util.Arrays.stream(row).map(v -> v == null ? null : v.toString()).toList();
    }

    @Test
    void retentionErasesClosedSignalsAfterTheirPeriodAndLeavesOpenOnesAlone() {
        String closed = raised(annaToken, annasSignal());
        for (String step : List.of("PICKED_UP", "FEEDBACK_GIVEN", "CLOSED")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", step);
            if (step.equals("FEEDBACK_GIVEN")) {
                body.put("feedback", "Opgepakt, dank je.");
            }
            as(welzijnCoordinator).body(body).post(closed + "/status").then().statusCode(200);
        }
        String open = raised(annaToken, annasSignal());

        assertThat(jobs.eraseClosed(OffsetDateTime.now().plusDays(300))).isZero();
        as(welzijnCoordinator).get(closed).then().body("erased", equalTo(false));
        assertThat(jobs.eraseClosed(OffsetDateTime.now().plusDays(366))).isGreaterThanOrEqualTo(1);
        as(welzijnCoordinator).get(closed).then().statusCode(200).body("erased", equalTo(true))
                .body("note", nullValue()).body("feedback", nullValue()).body("reference", nullValue())
                .body("status", equalTo("CLOSED"));
        as(welzijnCoordinator).get(open).then().body("erased", equalTo(false))
                .body("reference.sharedContact.phone", equalTo(PHONE));
    }

    @Test
    void theSameIdempotencyKeyRaisesOneSignal() {
        String first = as(annaToken).header("Idempotency-Key", "sig-" + suffix).body(annasSignal())
                .post("/api/signals").then().statusCode(201).extract().header("Location");
        String second = as(annaToken).header("Idempotency-Key", "sig-" + suffix).body(annasSignal())
                .post("/api/signals").then().statusCode(201).extract().header("Location");
        assertThat(second).isEqualTo(first);
        problem(as(annaToken).header("Idempotency-Key", "sig-" + suffix).body(annasSignal().with("note", "Anders"))
                .post("/api/signals").then(), 422, "unprocessable");
    }

    @Test
    void matchingServiceReadsTheFactsCodesAndTimesOnly() {
        raised(annaToken, annasSignal());
        OffsetDateTime from = OffsetDateTime.now().minusHours(1);
        String facts = as(Tokens.service()).queryParam("from", from.toString())
                .queryParam("to", from.plusDays(1).toString()).get("/internal/signals/facts").then().statusCode(200)
                .body("kern", hasItem("breukelen")).extract().asString();
        assertThat(facts).doesNotContain("Rekeningen").doesNotContain(PHONE).doesNotContain(anna)
                .doesNotContain(welzijn).doesNotContain("\"id\"");
        problem(as(welzijnCoordinator).queryParam("from", from.toString()).queryParam("to", from.plusDays(1).toString())
                .get("/internal/signals/facts").then(), 403, "forbidden");
        problem(as(Tokens.service()).queryParam("from", "gisteren").queryParam("to", from.toString())
                .get("/internal/signals/facts").then(), 400, "validation-failed");
        problem(as(Tokens.service()).queryParam("from", from.toString()).queryParam("to", from.plusDays(400).toString())
                .get("/internal/signals/facts").then(), 400, "validation-failed");
    }

    private Body annasSignal() {
        return Body.of(request, welzijn);
    }

    private static String raised(String token, Body body) {
        String location = as(token).body(body).post("/api/signals").then().log().ifValidationFails().statusCode(201)
                .extract()
                .header("Location");
        return location.substring(location.indexOf("/api/signals"));
    }

    private static String idOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A signal's body: {@code Body.of(request, receiving).with("urgency", "HIGH")}. */
    static final class Body extends LinkedHashMap<String, Object> {

        static Body of(UUID request, String receiving) {
            Body body = new Body();
            body.put("theme", "practical");
            body.put("urgency", "NORMAL");
            body.put("receivingOrganisation", receiving);
            body.put("note", "Rekeningen blijven liggen.");
            if (request != null) {
                body.put("requestId", request.toString());
            }
            body.put("sharedContact", Map.of("name", "Mevrouw De Vries", "phone", PHONE));
            body.put("consent", Map.of("channel", "IN_PERSON"));
            return body;
        }

        Body with(String field, Object value) {
            put(field, value instanceof UUID ? value.toString() : value);
            return this;
        }

        Body without(String field) {
            remove(field);
            return this;
        }
    }
}
