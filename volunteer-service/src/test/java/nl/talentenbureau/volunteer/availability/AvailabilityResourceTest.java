package nl.talentenbureau.volunteer.availability;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class AvailabilityResourceTest {

    private final String coordinator = Tokens.coordinator("welzijn-stichtse-vecht");

    @Test
    void volunteerAddsListsAndRemovesOwnAbsences() {
        String me = Tokens.volunteer("volunteer-" + UUID.randomUUID());
        as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        String absenceId = as(me).body(Map.of("startsOn", "2026-12-24", "endsOn", "2027-01-02"))
                .post("/api/volunteers/me/absences")
                .then().statusCode(201).body("startsOn", equalTo("2026-12-24")).extract().path("id");
        as(me).get("/api/volunteers/me/absences").then().statusCode(200).body("", hasSize(1));
        as(me).get("/api/volunteers/me").then().body("absences", hasSize(1)).body("version", equalTo(1));
        as(me).delete("/api/volunteers/me/absences/" + absenceId).then().statusCode(204);
        as(me).get("/api/volunteers/me/absences").then().body("", hasSize(0));
    }

    @Test
    void endBeforeStartIsRefused() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(coordinator).body(Map.of("startsOn", "2027-01-02", "endsOn", "2026-12-24"))
                .post("/api/volunteers/" + id + "/absences").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("endsOn"));
        problem(as(coordinator).body(Map.of("startsOn", "not a date", "endsOn", "2026-12-24"))
                .post("/api/volunteers/" + id + "/absences").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("startsOn"));
        problem(as(coordinator).body(Map.of("endsOn", "2026-12-24"))
                .post("/api/volunteers/" + id + "/absences").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("startsOn"));
    }

    @Test
    void volunteerCannotRemoveSomeoneElsesAbsence() {
        UUID other = created(coordinator, aVolunteer());
        String absenceId = as(coordinator).body(Map.of("startsOn", "2026-12-01", "endsOn", "2026-12-02"))
                .post("/api/volunteers/" + other + "/absences").then().statusCode(201).extract().path("id");
        String me = Tokens.volunteer("volunteer-" + UUID.randomUUID());
        as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        problem(as(me).delete("/api/volunteers/me/absences/" + absenceId).then(), 404, "not-found");
        problem(as(me).delete("/api/volunteers/" + other + "/absences/" + absenceId).then(), 403, "forbidden");
        as(coordinator).get("/api/volunteers/" + other).then().body("absences", hasSize(1));
    }

    @Test
    void coordinatorRecordsAbsencesForAnyoneInThePool() {
        UUID id = created(coordinator, aVolunteer());
        String absenceId = as(Tokens.coordinator("bibliotheek")).body(Map.of("startsOn", "2026-12-01", "endsOn",
                "2026-12-01")).post("/api/volunteers/" + id + "/absences").then().statusCode(201).extract()
                .path("id");
        as(coordinator).delete("/api/volunteers/" + id + "/absences/" + absenceId).then().statusCode(204);
        problem(as(coordinator).delete("/api/volunteers/" + id + "/absences/" + absenceId).then(), 404,
                "not-found");
        problem(as(coordinator).body(Map.of("startsOn", "2026-12-01", "endsOn", "2026-12-01"))
                .post("/api/volunteers/" + UUID.randomUUID() + "/absences").then(), 404, "not-found");
        problem(as(Tokens.partner("bibliotheek")).body(Map.of("startsOn", "2026-12-01", "endsOn", "2026-12-01"))
                .post("/api/volunteers/" + id + "/absences").then(), 403, "forbidden");
    }
}
