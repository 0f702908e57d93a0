package nl.talentenbureau.volunteer.outreach;

import static nl.talentenbureau.volunteer.support.Api.anonymous;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.ApplicationBuilder.tokenOf;
import static nl.talentenbureau.volunteer.support.OutreachBuilder.anEvent;
import static nl.talentenbureau.volunteer.support.OutreachBuilder.signUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.volunteer.application.RecruitmentJobs;
import nl.talentenbureau.volunteer.support.Parallel;

/**
 * Events for 60-plussers: an organisation announces one, anyone reads it and signs up anonymously (confirmed by the
 * mail's link, deleted after a day when not), never more than its places even all at once, and after the event its
 * coordinators invite those who showed interest to apply.
 */
@QuarkusTest
class OutreachResourceTest {

    private static final String PUBLIC = "/api/public/outreach-events/";

    private final String welzijn = Tokens.coordinator("welzijn-stichtse-vecht");
    private final String bibliotheek = Tokens.coordinator("bibliotheek-stichtse-vecht");

    @Inject
    RecruitmentJobs jobs;

    @Test
    void anOrganisationAnnouncesAnEventThatAnyoneReadsAndSignsUpFor() {
        UUID event = anEvent().withPlaces(3).announcedBy(welzijn);
        as(welzijn).get("/api/outreach-events/" + event).then().statusCode(200)
                .body("organisation", equalTo("welzijn-stichtse-vecht")).body("places", equalTo(3))
                .body("taken", equalTo(0)).body("startsAt", equalTo("10:00"));
        as(Tokens.admin()).get("/api/outreach-events/" + event).then().statusCode(200);
        problem(as(bibliotheek).get("/api/outreach-events/" + event).then(), 403, "forbidden");
        as(bibliotheek).get("/api/outreach-events").then().statusCode(200).body("id", not(hasItem(event.toString())));
        as(welzijn).get("/api/outreach-events").then().statusCode(200).body("id", hasItem(event.toString()));

        anonymous().get(PUBLIC + event).then().statusCode(200).header("Cache-Control", "public, max-age=60")
                .body("free", equalTo(3)).body("$", not(org.hamcrest.Matchers.hasKey("taken")));
        anonymous().queryParam("kern", "breukelen").get(PUBLIC).then().statusCode(200)
                .body("id", hasItem(event.toString()));
        anonymous().queryParam("kern", "maarssen").get(PUBLIC).then().statusCode(200)
                .body("id", not(hasItem(event.toString())));

        Map<String, Object> truus = signUp(true);
        String answer = anonymous().body(truus).post(PUBLIC + event + "/signups").then().statusCode(201)
                .body("status", equalTo("UNCONFIRMED")).body("eventId", equalTo(event.toString())).extract()
                .asString();
        assertThat(answer).doesNotContain((String) truus.get("name")).doesNotContain((String) truus.get("email"));
        UUID signup = UUID.fromString(io.restassured.path.json.JsonPath.from(answer).getString("id"));
        anonymous().get(PUBLIC + event).then().statusCode(200).body("free", equalTo(2));

        // the coordinators see who comes; another organisation does not
        as(welzijn).get("/api/outreach-events/" + event + "/signups").then().statusCode(200)
                .body("[0].name", equalTo(truus.get("name"))).body("[0].confirmed", equalTo(false))
                .body("[0].interested", equalTo(true));
        problem(as(bibliotheek).get("/api/outreach-events/" + event + "/signups").then(), 403, "forbidden");

        String token = tokenOf(signup);
        anonymous().queryParam("token", token).get(PUBLIC + "signups/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        anonymous().queryParam("token", token).get(PUBLIC + "signups/confirmation").then().statusCode(200);
        as(welzijn).get("/api/outreach-events/" + event + "/signups").then().body("[0].confirmed", equalTo(true));
    }

    @Test
    void badInputIsRefused() {
        problem(as(welzijn).body(anEvent().on(LocalDate.now().minusDays(1)).build()).post("/api/outreach-events")
                .then(), 400, "validation-failed").body("errors.field", hasItem("heldOn"));
        problem(as(welzijn).body(anEvent().with("startsAt", "25:00").build()).post("/api/outreach-events").then(),
                400, "validation-failed").body("errors.field", hasItem("startsAt"));
        problem(as(welzijn).body(anEvent().withPlaces(0).build()).post("/api/outreach-events").then(), 400,
                "validation-failed").body("errors.field", hasItem("places"));
        problem(as(welzijn).body(anEvent().with("kern", "atlantis").build()).post("/api/outreach-events").then(),
                422, "unprocessable").body("errors[0].field", equalTo("kern"));
        problem(as(welzijn).body(anEvent().with("organisation", "handjehelpen").build())
                .post("/api/outreach-events").then(), 400, "validation-failed");
        UUID event = anEvent().announcedBy(welzijn);
        Map<String, Object> noConsent = signUp(false);
        noConsent.put("consent", false);
        problem(anonymous().body(noConsent).post(PUBLIC + event + "/signups").then(), 400, "validation-failed")
                .body("errors.field", hasItem("consent"));
        Map<String, Object> noMail = signUp(false);
        noMail.remove("email");
        problem(anonymous().body(noMail).post(PUBLIC + event + "/signups").then(), 400, "validation-failed")
                .body("errors.field", hasItem("email"));
        problem(anonymous().body(signUp(true)).post(PUBLIC + UUID.randomUUID() + "/signups").then(), 404,
                "not-found");
        problem(anonymous().get(PUBLIC + UUID.randomUUID()).then(), 404, "not-found");
        problem(anonymous().queryParam("token", "not-a-token").get(PUBLIC + "signups/confirmation").then(), 400,
                "validation-failed");
        as(welzijn).get("/api/outreach-events/" + event).then().body("taken", equalTo(0));
    }

    @Test
    void parallelSignUpsNeverTakeMoreThanThePlaces() throws Exception {
        int places = 5;
        int people = 40;
        UUID event = anEvent().withPlaces(places).announcedBy(welzijn);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(people)) {
            for (int i = 0; i < people; i++) {
                Map<String, Object> body = signUp(i % 2 == 0);
                answers.add(pool.submit(() -> {
                    start.await();
                    return anonymous().body(body).post(PUBLIC + event + "/signups");
                }));
            }
            start.countDown();
        }
        int signedUp = 0;
        int full = 0;
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            if (response.statusCode() == 201) {
                signedUp++;
            } else {
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(409);
                full++;
            }
        }
        int listed = as(welzijn).get("/api/outreach-events/" + event + "/signups").then().statusCode(200).extract()
                .path("size()");
        Log.infof("%d parallel sign-ups for %d places: %d signed up, %d told it is full, %d listed", people, places,
                signedUp, full, listed);
        assertThat(signedUp).isEqualTo(places);
        assertThat(full).isEqualTo(people - places);
        assertThat(listed).isEqualTo(places);
        anonymous().get(PUBLIC + event).then().body("free", equalTo(0));
    }

    @Test
    void theSameAddressSignsUpOnceEvenWithADoubleClick() throws Exception {
        UUID event = anEvent().withPlaces(3).announcedBy(welzijn);
        Map<String, Object> truus = signUp(true);
        // six sends of one form at once (a double click, the back button, an impatient tap)
        List<String> ids = Parallel.created(6, () -> anonymous().body(truus).post(PUBLIC + event + "/signups"));
        assertThat(ids).hasSize(6).containsOnly(ids.getFirst());
        // the address written otherwise is the same person
        Map<String, Object> capitals = new java.util.LinkedHashMap<>(truus);
        capitals.put("email", ((String) truus.get("email")).toUpperCase(java.util.Locale.ROOT));
        anonymous().body(capitals).post(PUBLIC + event + "/signups").then().statusCode(201)
                .body("id", equalTo(ids.getFirst())).body("status", equalTo("UNCONFIRMED"));
        anonymous().get(PUBLIC + event).then().body("free", equalTo(2));
        as(welzijn).get("/api/outreach-events/" + event + "/signups").then().body("size()", equalTo(1));

        // confirmed, the same form again answers the confirmed sign-up
        anonymous().queryParam("token", tokenOf(UUID.fromString(ids.getFirst())))
                .get(PUBLIC + "signups/confirmation").then().statusCode(200);
        anonymous().body(truus).post(PUBLIC + event + "/signups").then().statusCode(201)
                .body("id", equalTo(ids.getFirst())).body("status", equalTo("CONFIRMED"));
        Log.infof("one address, 7 sign-ups sent (6 at once): %d sign-up, %s places free", 1,
                anonymous().get(PUBLIC + event).then().extract().path("free"));
    }

    @Test
    void afterTheEventThoseWhoShowedInterestAreInvitedOnce() {
        UUID later = anEvent().announcedBy(welzijn);
        problem(as(welzijn).post("/api/outreach-events/" + later + "/invitations").then(), 409, "conflict");

        UUID event = anEvent().on(LocalDate.now()).announcedBy(welzijn);
        UUID interested = signedUpAndConfirmed(event, true);
        signedUpAndConfirmed(event, false);
        anonymous().body(signUp(true)).post(PUBLIC + event + "/signups").then().statusCode(201);
        problem(as(bibliotheek).post("/api/outreach-events/" + event + "/invitations").then(), 403, "forbidden");

        long before = head();
        as(welzijn).post("/api/outreach-events/" + event + "/invitations").then().statusCode(200)
                .body("invited", equalTo(1));
        problem(as(welzijn).post("/api/outreach-events/" + event + "/invitations").then(), 409, "conflict");
        List<Map<String, Object>> events = as(Tokens.service())
                .get("/internal/events?after=" + before + "&limit=100&aggregateType=outreach-signup").then()
                .statusCode(200).extract().path("events");
        assertThat(events).extracting(e -> e.get("type")).containsExactly("OutreachInvitedToApply");
        assertThat(events.getFirst().get("aggregateId")).isEqualTo(interested.toString());
        assertThat(((Map<?, ?>) events.getFirst().get("payload")).keySet().stream().map(String::valueOf).toList())
                .containsExactlyInAnyOrder("id",
                        "eventId");
        as(Tokens.service()).get("/internal/applicants/" + interested + "/letter").then().statusCode(200)
                .body("kind", equalTo("SIGNUP")).body("eventId", equalTo(event.toString()))
                .body("confirmToken", nullValue());
    }

    @Test
    void anUnconfirmedSignUpIsDeletedAfterADayAndOldOnesLoseTheirNames() {
        UUID event = anEvent().withPlaces(2).announcedBy(welzijn);
        String unconfirmed = anonymous().body(signUp(true)).post(PUBLIC + event + "/signups").then().statusCode(201)
                .extract().path("id");
        UUID confirmed = signedUpAndConfirmed(event, true);
        anonymous().get(PUBLIC + event).then().body("free", equalTo(0));

        jobs.run(OffsetDateTime.now().plusHours(25));
        problem(as(Tokens.service()).get("/internal/applicants/" + unconfirmed + "/letter").then(), 404,
                "not-found");
        anonymous().get(PUBLIC + event).then().body("free", equalTo(1));

        // sixty days after the event the names go; the row (and the count) stays
        jobs.run(OffsetDateTime.now().plusDays(14 + 61));
        as(welzijn).get("/api/outreach-events/" + event + "/signups").then().statusCode(200)
                .body("[0].id", equalTo(confirmed.toString())).body("[0].name", nullValue())
                .body("[0].email", nullValue());
        problem(as(Tokens.service()).get("/internal/applicants/" + confirmed + "/letter").then(), 404,
                "not-found");
    }

    private static UUID signedUpAndConfirmed(UUID event, boolean interested) {
        String id = anonymous().body(signUp(interested)).post(PUBLIC + event + "/signups").then().statusCode(201)
                .extract().path("id");
        anonymous().queryParam("token", tokenOf(UUID.fromString(id))).get(PUBLIC + "signups/confirmation").then()
                .statusCode(200);
        return UUID.fromString(id);
    }

    private static long head() {
        return ((Number) as(Tokens.service()).get("/internal/events?after=0&limit=1").then().statusCode(200)
                .extract().path("head")).longValue();
    }
}
