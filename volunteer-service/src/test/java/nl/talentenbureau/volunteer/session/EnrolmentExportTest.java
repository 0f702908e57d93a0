package nl.talentenbureau.volunteer.session;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.SessionBuilder.aSession;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

/** A volunteer's export holds their training enrolments: which session, when, where, and what became of it. */
@QuarkusTest
class EnrolmentExportTest {

    private final String coordinator = Tokens.coordinator("welzijn-stichtse-vecht");

    @Test
    void theExportListsEveryEnrolmentByDate() {
        UUID volunteer = created(coordinator, aVolunteer());
        UUID later = aSession().on(LocalDate.now().plusDays(20)).scheduledBy(coordinator);
        UUID sooner = aSession().on(LocalDate.now().plusDays(10)).withPlaces(1).scheduledBy(coordinator);
        as(coordinator).body(Map.of("volunteerId", created(coordinator, aVolunteer())))
                .post("/api/training-sessions/" + sooner + "/enrolments").then().statusCode(201);
        for (UUID session : new UUID[]{later, sooner}) {
            as(coordinator).body(Map.of("volunteerId", volunteer))
                    .post("/api/training-sessions/" + session + "/enrolments").then().statusCode(201);
        }

        as(Tokens.admin()).get("/api/volunteers/" + volunteer + "/export").then().statusCode(200)
                .body("trainingEnrolments", hasSize(2))
                .body("trainingEnrolments[0].sessionId", equalTo(sooner.toString()))
                .body("trainingEnrolments[0].status", equalTo("WAITING"))
                .body("trainingEnrolments[0].organisation", equalTo("welzijn-stichtse-vecht"))
                .body("trainingEnrolments[0].enrolledBy", equalTo("COORDINATOR"))
                .body("trainingEnrolments[1].sessionId", equalTo(later.toString()))
                .body("trainingEnrolments[1].status", equalTo("ENROLLED"))
                .body("trainingEnrolments[1].heldOn", equalTo(LocalDate.now().plusDays(20).toString()))
                .body("applications", hasSize(0));
    }

    @Test
    void aVolunteerSeesTheirOwnEnrolmentsInTheirExport() {
        String token = Tokens.volunteer("export-" + UUID.randomUUID());
        as(token).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        UUID session = aSession().scheduledBy(coordinator);
        as(token).put("/api/training-sessions/" + session + "/enrolments/me").then().statusCode(201);
        as(token).get("/api/volunteers/me/export").then().statusCode(200)
                .body("trainingEnrolments", hasSize(1))
                .body("trainingEnrolments[0].sessionId", equalTo(session.toString()))
                .body("trainingEnrolments[0].enrolledBy", equalTo("SELF"));
    }
}
