package nl.talentenbureau.volunteer.application;

import static nl.talentenbureau.volunteer.support.Api.anonymous;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.ApplicationBuilder.anApplication;
import static nl.talentenbureau.volunteer.support.ApplicationBuilder.tokenOf;
import static nl.talentenbureau.volunteer.support.VacancyBuilder.aVacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.volunteer.support.FeedEvents;
import nl.talentenbureau.volunteer.support.Parallel;

/**
 * An application from the anonymous form to an ACTIVE volunteer: submitted, confirmed by the mail's link, seen by the
 * coordinators of the vacancy's organisation (and open ones by all), taken through the intake; every refusal (role,
 * organisation, state, bad input); the feed carries ids only.
 */
@QuarkusTest
class ApplicationResourceTest {

    private static final String PUBLIC = "/api/public/applications";
    private static final String INTAKE = "{\"appointmentAt\": \"2027-02-18T10:00:00+01:00\", \"with\": \"Marieke\"}";

    private final String welzijn = Tokens.coordinator("welzijn-stichtse-vecht");
    private final String bibliotheek = Tokens.coordinator("bibliotheek-stichtse-vecht");

    @Inject
    RecruitmentJobs jobs;

    @Test
    void anApplicationToAVacancyBecomesAnActiveVolunteer() {
        UUID vacancy = aVacancy().publishedBy(welzijn);
        long before = FeedEvents.head();
        Map<String, Object> body = anApplication().toVacancy(vacancy).build();
        // the answer echoes nothing that was sent
        var submitted = anonymous().body(body).post(PUBLIC).then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("confirmBefore", notNullValue()).extract();
        assertThat(submitted.asString()).doesNotContain((String) body.get("name"))
                .doesNotContain((String) body.get("email"));
        UUID id = UUID.fromString(submitted.path("id"));
        String path = "/api/applications/" + id;

        // unconfirmed: nobody's yet
        problem(as(welzijn).get(path).then(), 404, "not-found");
        as(welzijn).get("/api/applications").then().statusCode(200).body("id", not(hasItem(id.toString())));

        String token = tokenOf(id);
        anonymous().queryParam("token", token).get(PUBLIC + "/confirmation").then().statusCode(200)
                .body("id", equalTo(id.toString())).body("status", equalTo("CONFIRMED"));
        // following the link again changes nothing; the token is not handed out any more
        anonymous().queryParam("token", token).get(PUBLIC + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        assertThat(tokenOf(id)).isNull();

        as(welzijn).get(path).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("organisation", equalTo("welzijn-stichtse-vecht")).body("vacancyId", equalTo(vacancy.toString()))
                .body("source", equalTo("VACANCY")).body("name", equalTo(body.get("name")))
                .body("motivation", equalTo(body.get("motivation"))).body("volunteerId", nullValue());
        as(welzijn).queryParam("status", "CONFIRMED").get("/api/applications").then().statusCode(200)
                .body("id", hasItem(id.toString()));
        as(Tokens.admin()).get(path).then().statusCode(200);
        problem(as(bibliotheek).get(path).then(), 403, "forbidden");
        as(bibliotheek).get("/api/applications").then().statusCode(200).body("id", not(hasItem(id.toString())));

        // the intake makes it a profile of the organisation, APPLIED and then INTAKE
        String volunteer = as(welzijn).header("If-Match", "\"1\"").body(INTAKE).put(path + "/intake").then()
                .statusCode(200).header("ETag", equalTo("\"2\"")).body("status", equalTo("INTAKE"))
                .body("intakeWith", equalTo("Marieke")).body("volunteerId", notNullValue()).extract()
                .path("volunteerId");
        as(welzijn).get("/api/volunteers/" + volunteer).then().statusCode(200).body("status", equalTo("INTAKE"))
                .body("name", equalTo(body.get("name"))).body("email", equalTo(body.get("email")))
                .body("homeKern", equalTo("breukelen"))
                .body("organisations", equalTo(List.of("welzijn-stichtse-vecht")));
        List<Map<String, Object>> profileEvents = FeedEvents.after(before, UUID.fromString(volunteer));
        assertThat(profileEvents).extracting(e -> e.get("type")).containsExactly("VolunteerRegistered",
                "VolunteerStatusChanged");
        // moving the appointment keeps the one profile
        as(welzijn).body("{\"appointmentAt\": \"2027-02-19T14:00:00+01:00\", \"with\": \"Marieke\"}")
                .put(path + "/intake").then().statusCode(200).body("volunteerId", equalTo(volunteer));

        as(welzijn).body("{\"outcome\": \"ACTIVE\"}").post(path + "/outcome").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("decidedAt", notNullValue());
        as(welzijn).get("/api/volunteers/" + volunteer).then().statusCode(200).body("status", equalTo("ACTIVE"));
        problem(as(welzijn).body("{\"outcome\": \"ACTIVE\"}").post(path + "/outcome").then(), 409,
                "illegal-transition");
        problem(as(welzijn).body(INTAKE).put(path + "/intake").then(), 409, "illegal-transition");

        // the feed says which step, with ids only
        List<Map<String, Object>> steps = as(Tokens.service())
                .get("/internal/events?after=" + before + "&limit=500&aggregateType=application").then()
                .statusCode(200).extract().path("events");
        List<Map<String, Object>> own = steps.stream().filter(e -> id.toString().equals(e.get("aggregateId")))
                .toList();
        assertThat(own).extracting(e -> e.get("type")).containsExactly("ApplicationSubmitted",
                "ApplicationConfirmed", "ApplicationIntakePlanned", "ApplicationIntakePlanned",
                "ApplicationAccepted");
        assertThat(own).allSatisfy(
                e -> assertThat(((Map<?, ?>) e.get("payload")).keySet().stream().map(String::valueOf).toList())
                        .containsExactlyInAnyOrder("id", "version"));
    }

    @Test
    void anOpenApplicationIsEveryCoordinatorsUntilOneTakesItUp() {
        UUID id = anApplication().confirmed();
        String path = "/api/applications/" + id;
        as(welzijn).get(path).then().statusCode(200).body("organisation", nullValue());
        as(bibliotheek).get(path).then().statusCode(200);
        as(bibliotheek).get("/api/applications").then().statusCode(200).body("id", hasItem(id.toString()));

        as(bibliotheek).body(INTAKE).put(path + "/intake").then().statusCode(200)
                .body("organisation", equalTo("bibliotheek-stichtse-vecht"));
        problem(as(welzijn).get(path).then(), 403, "forbidden");
        problem(as(welzijn).body(INTAKE).put(path + "/intake").then(), 403, "forbidden");
        problem(as(welzijn).body("{\"outcome\": \"ACTIVE\"}").post(path + "/outcome").then(), 403, "forbidden");
    }

    @Test
    void theSameFormSentAgainBeforeItIsConfirmedIsOneApplication() throws Exception {
        long before = FeedEvents.head();
        Map<String, Object> els = anApplication().build();
        // six sends of one form at once (a double click, the back button)
        List<String> ids = Parallel.created(6, () -> anonymous().body(els).post(PUBLIC));
        assertThat(ids).hasSize(6).containsOnly(ids.getFirst());
        Map<String, Object> capitals = new java.util.LinkedHashMap<>(els);
        capitals.put("email", ((String) els.get("email")).toUpperCase(java.util.Locale.ROOT));
        anonymous().body(capitals).post(PUBLIC).then().statusCode(201).body("id", equalTo(ids.getFirst()));
        List<Map<String, Object>> submitted = as(Tokens.service())
                .get("/internal/events?after=" + before + "&limit=500&aggregateType=application").then()
                .statusCode(200).extract().path("events");
        assertThat(submitted.stream().filter(e -> ids.getFirst().equals(e.get("aggregateId"))))
                .as("one ApplicationSubmitted: one confirmation mail").hasSize(1);

        // from the same address to a vacancy, or once confirmed: an application of its own
        UUID vacancy = aVacancy().publishedBy(welzijn);
        Map<String, Object> toVacancy = anApplication().toVacancy(vacancy).with("email", els.get("email")).build();
        String other = anonymous().body(toVacancy).post(PUBLIC).then().statusCode(201).extract().path("id");
        assertThat(other).isNotEqualTo(ids.getFirst());
        anonymous().queryParam("token", tokenOf(UUID.fromString(ids.getFirst()))).get(PUBLIC + "/confirmation")
                .then().statusCode(200);
        String later = anonymous().body(els).post(PUBLIC).then().statusCode(201).extract().path("id");
        assertThat(later).isNotEqualTo(ids.getFirst());
    }

    @Test
    void twoCoordinatorsTakingUpOneOpenApplicationAtOnceMakeOneProfile() throws Exception {
        UUID id = anApplication().confirmed();
        String path = "/api/applications/" + id + "/intake";
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                String token = i % 2 == 0 ? welzijn : bibliotheek;
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(token).body(INTAKE).put(path);
                }));
            }
            start.countDown();
        }
        java.util.Set<Object> volunteers = new java.util.HashSet<>();
        java.util.Set<Object> organisations = new java.util.HashSet<>();
        int refused = 0;
        for (var answer : answers) {
            var response = answer.get();
            if (response.statusCode() == 200) {
                volunteers.add(response.path("volunteerId"));
                organisations.add(response.path("organisation"));
            } else {
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(403);
                refused++;
            }
        }
        assertThat(volunteers).hasSize(1);
        assertThat(organisations).hasSize(1);
        assertThat(refused).isEqualTo(4);
    }

    @Test
    void aDeclineSaysWhyAndStopsTheProfile() {
        UUID id = anApplication().confirmed();
        String path = "/api/applications/" + id;
        problem(as(welzijn).body("{\"outcome\": \"ACTIVE\"}").post(path + "/outcome").then(), 409,
                "illegal-transition");
        String volunteer = as(welzijn).body(INTAKE).put(path + "/intake").then().statusCode(200).extract()
                .path("volunteerId");
        problem(as(welzijn).body("{\"outcome\": \"DECLINED\"}").post(path + "/outcome").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("reason"));
        problem(as(welzijn).header("If-Match", "\"1\"").body("{\"outcome\": \"DECLINED\", \"reason\": \"x\"}")
                .post(path + "/outcome").then(), 412, "precondition-failed");
        as(welzijn).body("{\"outcome\": \"DECLINED\", \"reason\": \"We hebben nu geen plek die past.\"}")
                .post(path + "/outcome").then().statusCode(200).body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("We hebben nu geen plek die past."));
        as(welzijn).get("/api/volunteers/" + volunteer).then().statusCode(200).body("status", equalTo("STOPPED"));
        // declined before an intake: no profile
        UUID early = anApplication().confirmed();
        as(bibliotheek).body("{\"outcome\": \"DECLINED\", \"reason\": \"Woont buiten de gemeente\"}")
                .post("/api/applications/" + early + "/outcome").then().statusCode(200)
                .body("volunteerId", nullValue()).body("organisation", equalTo("bibliotheek-stichtse-vecht"));
    }

    @Test
    void theLetterIsForTheMailingServiceOnly() {
        UUID id = anApplication().toVacancy(aVacancy().publishedBy(welzijn)).submitted();
        String letter = "/internal/applicants/" + id + "/letter";
        as(nl.talentenbureau.volunteer.support.ServiceTokens.of("notification-service", "service")).get(letter)
                .then().statusCode(200).body("kind", equalTo("APPLICATION")).body("status", equalTo("SUBMITTED"))
                .body("vacancyTitle", notNullValue()).body("organisation", equalTo("welzijn-stichtse-vecht"))
                .body("language", equalTo("nl")).body("confirmToken", notNullValue());
        problem(as(nl.talentenbureau.volunteer.support.ServiceTokens.of("matching-service", "service")).get(letter)
                .then(), 403, "forbidden");
        problem(as(welzijn).get(letter).then(), 403, "forbidden");
        problem(as(Tokens.service()).get("/internal/applicants/" + UUID.randomUUID() + "/letter").then(), 404,
                "not-found");
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        long before = FeedEvents.head();
        problem(anonymous().body(anApplication().with("consent", false).build()).post(PUBLIC).then(), 400,
                "validation-failed").body("errors.field", hasItem("consent"));
        problem(anonymous().body(anApplication().without("email").build()).post(PUBLIC).then(), 400,
                "validation-failed").body("errors.field", hasItem("email"));
        problem(anonymous().body(anApplication().with("email", "geen-adres").build()).post(PUBLIC).then(), 400,
                "validation-failed").body("errors.field", hasItem("email"));
        problem(anonymous().body(anApplication().with("source", "VACANCY").build()).post(PUBLIC).then(), 400,
                "validation-failed").body("errors[0].field", equalTo("vacancyId"));
        problem(anonymous().body(anApplication().with("source", "FRIENDS").build()).post(PUBLIC).then(), 400,
                "validation-failed");
        problem(anonymous().body(anApplication().with("status", "ACTIVE").build()).post(PUBLIC).then(), 400,
                "validation-failed");
        problem(anonymous().body(anApplication().with("organisation", "welzijn").build()).post(PUBLIC).then(), 400,
                "validation-failed");
        problem(anonymous().body(anApplication().with("kern", "atlantis").build()).post(PUBLIC).then(), 422,
                "unprocessable").body("errors[0].field", equalTo("kern"));
        problem(anonymous().body(anApplication().toVacancy(UUID.randomUUID()).build()).post(PUBLIC).then(), 422,
                "unprocessable").body("errors[0].field", equalTo("vacancyId"));
        UUID closed = aVacancy().with("status", "CLOSED").publishedBy(welzijn);
        problem(anonymous().body(anApplication().toVacancy(closed).build()).post(PUBLIC).then(), 422,
                "unprocessable");
        problem(anonymous().body(anApplication().with("source", "EVENT").with("eventId", UUID.randomUUID().toString())
                .build()).post(PUBLIC).then(), 422, "unprocessable").body("errors[0].field", equalTo("eventId"));
        problem(anonymous().body(anApplication().with("source", "REFERRAL")
                .with("referredBy", UUID.randomUUID().toString()).build()).post(PUBLIC).then(), 422, "unprocessable")
                .body("errors[0].field", equalTo("referredBy"));
        problem(anonymous().body("{\"name\": ").post(PUBLIC).then(), 400, "malformed-request");
        problem(anonymous().queryParam("token", "short").get(PUBLIC + "/confirmation").then(), 400,
                "validation-failed");
        problem(anonymous().get(PUBLIC + "/confirmation").then(), 400, "validation-failed");
        problem(anonymous().queryParam("token", "q3J0c2x2bU5hZ0pQbE9hS1RqY3Z4d0ZtY1ZkV2JwYQA")
                .get(PUBLIC + "/confirmation").then(), 404, "not-found");
        problem(as(welzijn).body("{\"appointmentAt\": \"morgen\", \"with\": \"\"}")
                .put("/api/applications/" + UUID.randomUUID() + "/intake").then(), 400, "validation-failed");
        problem(as(welzijn).body(INTAKE).put("/api/applications/" + UUID.randomUUID() + "/intake").then(), 404,
                "not-found");
        problem(as(welzijn).queryParam("status", "MAYBE").get("/api/applications").then(), 400, "validation-failed");
        List<Map<String, Object>> written = as(Tokens.service())
                .get("/internal/events?after=" + before + "&limit=500&aggregateType=application").then()
                .statusCode(200).extract().path("events");
        assertThat(written).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String large = "{\"source\": \"WEBSITE\", \"motivation\": \"" + "x".repeat(17_000) + "\"}";
        problem(anonymous().body(large).post(PUBLIC).then(), 413, "content-too-large");
        problem(anonymous().body(large).post("/api/public/outreach-events/" + UUID.randomUUID() + "/signups").then(),
                413, "content-too-large");
        // within the limit, a motivation over its own bound is a field error
        problem(anonymous().body(anApplication().with("motivation", "x".repeat(2001)).build()).post(PUBLIC).then(),
                400, "validation-failed").body("errors[0].field", equalTo("motivation"));
    }

    @Test
    void anUnconfirmedApplicationIsDeletedAfterADayAndAConfirmedOneKept() {
        UUID unconfirmed = anApplication().submitted();
        UUID confirmed = anApplication().confirmed();
        String service = Tokens.service();
        OffsetDateTime now = OffsetDateTime.now();

        jobs.run(now.plusHours(23));
        as(service).get("/internal/applicants/" + unconfirmed + "/letter").then().statusCode(200);

        RecruitmentJobs.Run run = jobs.run(now.plusHours(24).plusMinutes(1));
        assertThat(run.applicationsPurged()).isGreaterThanOrEqualTo(1);
        problem(as(service).get("/internal/applicants/" + unconfirmed + "/letter").then(), 404, "not-found");
        as(service).get("/internal/applicants/" + confirmed + "/letter").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(welzijn).get("/api/applications/" + confirmed).then().statusCode(200);
    }

    @Test
    void aDeclinedApplicationAndItsProfileAreErasedAfterTheRetentionPeriod() {
        UUID id = anApplication().confirmed();
        String path = "/api/applications/" + id;
        String volunteer = as(welzijn).body(INTAKE).put(path + "/intake").then().statusCode(200).extract()
                .path("volunteerId");
        as(welzijn).body("{\"outcome\": \"DECLINED\", \"reason\": \"Past nu niet\"}").post(path + "/outcome").then()
                .statusCode(200);

        jobs.run(OffsetDateTime.now().plusDays(179));
        as(welzijn).get(path).then().statusCode(200).body("name", notNullValue());

        jobs.run(OffsetDateTime.now().plusDays(181));
        as(welzijn).get(path).then().statusCode(200).body("status", equalTo("DECLINED"))
                .body("name", nullValue()).body("email", nullValue()).body("phone", nullValue())
                .body("motivation", nullValue()).body("declineReason", nullValue()).body("kern", equalTo("breukelen"));
        problem(as(welzijn).get("/api/volunteers/" + volunteer).then(), 404, "not-found");
        problem(as(Tokens.service()).get("/internal/applicants/" + id + "/letter").then(), 404, "not-found");
    }

    @Test
    void anApplicationNeverDecidedIsErasedAfterAYearUntouched() {
        UUID waiting = anApplication().confirmed();
        UUID inIntake = anApplication().confirmed();
        String volunteer = as(welzijn).body(INTAKE).put("/api/applications/" + inIntake + "/intake").then()
                .statusCode(200).extract().path("volunteerId");

        jobs.run(OffsetDateTime.now().plusDays(364));
        as(welzijn).get("/api/applications/" + waiting).then().statusCode(200).body("name", notNullValue());

        jobs.run(OffsetDateTime.now().plusDays(366));
        as(welzijn).get("/api/applications/" + waiting).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("name", nullValue()).body("email", nullValue());
        as(welzijn).get("/api/applications/" + inIntake).then().statusCode(200).body("name", nullValue());
        problem(as(welzijn).get("/api/volunteers/" + volunteer).then(), 404, "not-found");
    }

    @Test
    void erasingTheVolunteerErasesTheApplicationAndTheExportShowsIt() {
        UUID id = anApplication().with("motivation", "Ik wil graag voorlezen.").confirmed();
        String path = "/api/applications/" + id;
        String volunteer = as(welzijn).body(INTAKE).put(path + "/intake").then().statusCode(200).extract()
                .path("volunteerId");
        as(Tokens.admin()).get("/api/volunteers/" + volunteer + "/export").then().statusCode(200)
                .body("applications[0].id", equalTo(id.toString()))
                .body("applications[0].motivation", equalTo("Ik wil graag voorlezen."))
                .body("applications[0].intakeWith", equalTo("Marieke"))
                .body("trainingEnrolments", equalTo(List.of()));

        as(Tokens.admin()).delete("/api/volunteers/" + volunteer).then().statusCode(204);
        as(welzijn).get(path).then().statusCode(200).body("name", nullValue()).body("email", nullValue())
                .body("motivation", nullValue()).body("intakeWith", nullValue());
    }
}
