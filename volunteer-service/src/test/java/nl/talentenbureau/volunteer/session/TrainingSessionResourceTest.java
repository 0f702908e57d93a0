package nl.talentenbureau.volunteer.session;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.SessionBuilder.aSession;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.volunteer.support.FeedEvents;

@QuarkusTest
class TrainingSessionResourceTest {

    private static final String SESSIONS = "/api/training-sessions";

    private final String welzijn = Tokens.coordinator("welzijn-stichtse-vecht");
    private final String handjeHelpen = Tokens.coordinator("handjehelpen");
    private final LocalDate today = LocalDate.now();

    @Test
    void aCoordinatorSchedulesASessionForTheirOrganisation() {
        String location = as(welzijn).body(aSession().of("first-aid").withPlaces(12).build()).post(SESSIONS)
                .then().statusCode(201).header("ETag", equalTo("\"1\""))
                .body("training", equalTo("first-aid"))
                .body("organisation", equalTo("welzijn-stichtse-vecht"))
                .body("startsAt", equalTo("09:30"))
                .body("status", equalTo("SCHEDULED"))
                .body("free", equalTo(12))
                .extract().header("Location");
        as(Tokens.volunteer("reader-" + UUID.randomUUID())).get(location).then().statusCode(200)
                .body("places", equalTo(12)).body("enrolled", equalTo(0));
    }

    @Test
    void badSessionsAreRefused() {
        problem(as(welzijn).body(aSession().with("endsAt", "09:00").build()).post(SESSIONS).then(), 400,
                "validation-failed").body("errors[0].field", equalTo("endsAt"));
        problem(as(welzijn).body(aSession().on(today.minusDays(1)).build()).post(SESSIONS).then(), 400,
                "validation-failed").body("errors[0].field", equalTo("heldOn"));
        problem(as(welzijn).body(aSession().with("startsAt", "9.30").build()).post(SESSIONS).then(), 400,
                "validation-failed").body("errors[0].field", equalTo("startsAt"));
        problem(as(welzijn).body(aSession().withPlaces(0).build()).post(SESSIONS).then(), 400, "validation-failed");
        problem(as(welzijn).body(aSession().with("id", UUID.randomUUID()).build()).post(SESSIONS).then(), 400,
                "validation-failed");
        problem(as(welzijn).body(aSession().of("no-such-training").build()).post(SESSIONS).then(), 422,
                "unprocessable").body("errors[0].field", equalTo("training"));
        problem(as(welzijn).body(aSession().with("kern", "atlantis").build()).post(SESSIONS).then(), 422,
                "unprocessable").body("errors[0].field", equalTo("kern"));
        problem(as(welzijn).get(SESSIONS + "/" + UUID.randomUUID()).then(), 404, "not-found");
    }

    @Test
    void onlyTheOrganisationThatGivesASessionManagesIt() {
        UUID session = aSession().scheduledBy(welzijn);
        UUID volunteer = created(handjeHelpen, aVolunteer());
        String path = SESSIONS + "/" + session;
        problem(as(handjeHelpen).header("If-Match", "\"1\"").body(aSession().withPlaces(5).build()).put(path).then(),
                403, "forbidden");
        problem(as(handjeHelpen).post(path + "/cancel").then(), 403, "forbidden");
        problem(as(handjeHelpen).body(Map.of("volunteerId", volunteer)).post(path + "/enrolments").then(), 403,
                "forbidden");
        problem(as(handjeHelpen).get(path + "/enrolments").then(), 403, "forbidden");
        problem(as(handjeHelpen).body(Map.of("attended", List.of())).put(path + "/attendance").then(), 403,
                "forbidden");
        as(welzijn).get(path).then().statusCode(200).body("version", equalTo(1)).body("enrolled", equalTo(0));
    }

    @Test
    void changesNeedTheCurrentETag() {
        UUID session = aSession().scheduledBy(welzijn);
        String path = SESSIONS + "/" + session;
        problem(as(welzijn).body(aSession().withPlaces(5).build()).put(path).then(), 428, "precondition-required");
        as(welzijn).header("If-Match", "\"1\"").body(aSession().withPlaces(5).with("place", "Bibliotheek").build())
                .put(path).then().statusCode(200).header("ETag", equalTo("\"2\"")).body("places", equalTo(5))
                .body("place", equalTo("Bibliotheek"));
        problem(as(welzijn).header("If-Match", "\"1\"").body(aSession().withPlaces(6).build()).put(path).then(), 412,
                "precondition-failed");
        problem(as(welzijn).header("If-Match", "\"2\"").body(aSession().of("first-aid").build()).put(path).then(),
                409, "conflict");
    }

    @Test
    void aFullSessionKeepsAWaitingListThatMovesUpOnACancellation() {
        UUID session = aSession().withPlaces(2).scheduledBy(welzijn);
        String path = SESSIONS + "/" + session;
        List<UUID> volunteers = List.of(created(welzijn, aVolunteer()), created(welzijn, aVolunteer()),
                created(welzijn, aVolunteer()), created(welzijn, aVolunteer()));
        List<String> statuses = volunteers.stream().map(v -> as(welzijn).body(Map.of("volunteerId", v))
                .post(path + "/enrolments").then().statusCode(201).extract().<String>path("status")).toList();
        assertThat(statuses).containsExactly("ENROLLED", "ENROLLED", "WAITING", "WAITING");
        problem(as(welzijn).body(Map.of("volunteerId", volunteers.get(3))).post(path + "/enrolments").then(), 409,
                "conflict");

        as(welzijn).delete(path + "/enrolments/" + volunteers.get(0)).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        List<Map<String, Object>> after = as(welzijn).get(path + "/enrolments").then().statusCode(200).extract()
                .path("");
        assertThat(after).extracting(e -> e.get("volunteerId") + " " + e.get("status") + " " + e.get("waitingPosition"))
                .containsExactly(volunteers.get(0) + " CANCELLED null", volunteers.get(1) + " ENROLLED null",
                        volunteers.get(2) + " ENROLLED null", volunteers.get(3) + " WAITING 1");
        problem(as(welzijn).delete(path + "/enrolments/" + volunteers.get(0)).then(), 404, "not-found");

        // one more place: the last in line moves up too; fewer places than are taken is refused
        as(welzijn).header("If-Match", "\"1\"").body(aSession().withPlaces(3).build()).put(path).then()
                .statusCode(200).body("enrolled", equalTo(3)).body("waiting", equalTo(0));
        problem(as(welzijn).header("If-Match", "\"2\"").body(aSession().withPlaces(2).build()).put(path).then(), 409,
                "conflict");
        problem(as(welzijn).body(Map.of("volunteerId", UUID.randomUUID())).post(path + "/enrolments").then(), 422,
                "unprocessable").body("errors[0].field", equalTo("volunteerId"));
    }

    @Test
    void aVolunteerEnrolsAndCancelsOnlyThemselves() {
        String subject = "enrolling-" + UUID.randomUUID();
        String me = Tokens.volunteer(subject);
        problem(as(me).put(SESSIONS + "/" + UUID.randomUUID() + "/enrolments/me").then(), 404, "not-found");
        String id = as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201)
                .extract().path("id");
        UUID session = aSession().withPlaces(1).scheduledBy(welzijn);
        String mine = SESSIONS + "/" + session + "/enrolments/me";
        as(me).put(mine).then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(mine))
                .body("volunteerId", equalTo(id)).body("status", equalTo("ENROLLED"))
                .body("enrolledBy", equalTo("SELF"));
        as(me).put(mine).then().statusCode(200).body("status", equalTo("ENROLLED"));

        String other = Tokens.volunteer("other-" + UUID.randomUUID());
        as(other).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        as(other).put(mine).then().statusCode(201).body("status", equalTo("WAITING"))
                .body("waitingPosition", equalTo(1));
        // a volunteer reaches only their own enrolment: there is no id to name someone else's
        as(other).delete(mine).then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(me).get(SESSIONS + "/" + session).then().body("enrolled", equalTo(1)).body("waiting", equalTo(0));
        problem(as(other).delete(mine).then(), 404, "not-found");
        as(me).delete(mine).then().statusCode(200);
        as(me).put(mine).then().statusCode(201).body("status", equalTo("ENROLLED"));
    }

    @Test
    void anErasedVolunteersPlaceGoesToTheFirstInLine() {
        UUID session = aSession().withPlaces(1).scheduledBy(welzijn);
        String path = SESSIONS + "/" + session + "/enrolments";
        UUID erased = created(welzijn, aVolunteer());
        UUID waiting = created(welzijn, aVolunteer());
        as(welzijn).body(Map.of("volunteerId", erased)).post(path).then().statusCode(201);
        as(welzijn).body(Map.of("volunteerId", waiting)).post(path).then().statusCode(201)
                .body("status", equalTo("WAITING"));

        as(Tokens.admin()).delete("/api/volunteers/" + erased).then().statusCode(204);

        List<Map<String, Object>> after = as(welzijn).get(path).then().statusCode(200).extract().path("");
        assertThat(after).extracting(e -> e.get("volunteerId") + " " + e.get("status"))
                .containsExactly(waiting + " ENROLLED");
    }

    @Test
    void aCancelledSessionTakesNoEnrolments() {
        UUID session = aSession().scheduledBy(welzijn);
        String path = SESSIONS + "/" + session;
        as(welzijn).post(path + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"))
                .header("ETag", equalTo("\"2\""));
        problem(as(welzijn).body(Map.of("volunteerId", created(welzijn, aVolunteer()))).post(path + "/enrolments")
                .then(), 409, "conflict");
        problem(as(welzijn).post(path + "/cancel").then(), 409, "conflict");
    }

    @Test
    void attendanceRecordsTheCompletedTrainingWithItsExpiry() {
        UUID session = aSession().of("first-aid").on(today).withPlaces(3).scheduledBy(welzijn);
        String path = SESSIONS + "/" + session;
        UUID came = created(welzijn, aVolunteer());
        UUID stayedAway = created(welzijn, aVolunteer());
        UUID outsider = created(welzijn, aVolunteer());
        for (UUID volunteer : List.of(came, stayedAway)) {
            as(welzijn).body(Map.of("volunteerId", volunteer)).post(path + "/enrolments").then().statusCode(201);
        }
        problem(as(welzijn).body(Map.of("attended", List.of(came, outsider))).put(path + "/attendance").then(), 422,
                "unprocessable").body("errors[0].field", equalTo("attended[1]"));
        long head = FeedEvents.head();

        List<Map<String, Object>> recorded = as(welzijn).body(Map.of("attended", List.of(came)))
                .put(path + "/attendance").then().statusCode(200).extract().path("");
        assertThat(recorded).extracting(e -> e.get("volunteerId") + " " + e.get("status"))
                .containsExactly(came + " ATTENDED", stayedAway + " ABSENT");
        String expiry = today.plusYears(2).minusDays(1).toString();
        as(welzijn).get("/api/volunteers/" + came).then().statusCode(200)
                .body("screening.trainings.find { it.code == 'first-aid' }.completedOn", equalTo(today.toString()))
                .body("screening.trainings.find { it.code == 'first-aid' }.expiresOn", equalTo(expiry));
        as(welzijn).get("/api/volunteers/" + stayedAway).then().body("screening.trainings.code",
                not(hasItem("first-aid")));
        // matching reads it from the feed: the volunteer's snapshot holds the training and its expiry
        assertThat(FeedEvents.lastPayload(head, came).get("trainings"))
                .isEqualTo(List.of(Map.of("code", "first-aid", "expiresOn", expiry)));
        as(welzijn).get(path).then().body("status", equalTo("HELD"));
        problem(as(welzijn).body(Map.of("attended", List.of(came))).put(path + "/attendance").then(), 409,
                "conflict");
    }

    @Test
    void attendanceWaitsForTheSessionsDay() {
        UUID session = aSession().on(today.plusDays(1)).scheduledBy(welzijn);
        problem(as(welzijn).body(Map.of("attended", List.of())).put(SESSIONS + "/" + session + "/attendance").then(),
                409, "conflict");
        problem(as(welzijn).body(Map.of()).put(SESSIONS + "/" + session + "/attendance").then(), 400,
                "validation-failed");
    }

    @Test
    void theListShowsNumbersNotNames() {
        UUID session = aSession().of("digicoach").with("kern", "loenen-aan-de-vecht").scheduledBy(welzijn);
        as(welzijn).body(Map.of("volunteerId", created(welzijn, aVolunteer()))).post(SESSIONS + "/" + session
                + "/enrolments").then().statusCode(201);
        Map<String, Object> listed = as(Tokens.volunteer("reader-" + UUID.randomUUID()))
                .get(SESSIONS + "?training=digicoach&kern=loenen-aan-de-vecht").then().statusCode(200).extract()
                .path("find { it.id == '" + session + "' }");
        assertThat(listed).containsEntry("enrolled", 1).doesNotContainKeys("volunteerId", "enrolments");
        problem(as(welzijn).get(SESSIONS + "?from=yesterday").then(), 400, "validation-failed");
        problem(as(welzijn).get(SESSIONS + "?from=2026-13-45").then(), 400, "validation-failed");
        as(welzijn).get(SESSIONS + "?kern=Not A Code").then().statusCode(400);
        as(welzijn).get(SESSIONS + "/" + session).then().body("waitingPosition", nullValue());
    }
}
