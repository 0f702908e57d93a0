package nl.talentenbureau.volunteer.session;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.SessionBuilder.aSession;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.volunteer.support.FeedEvents;

/**
 * Attendance is often recorded days after the session. By then the volunteer may hold a newer completion of the same
 * training (another session, a certificate a coordinator entered): recording the old session must leave it.
 */
@QuarkusTest
class LateAttendanceTest {

    private static final String SESSIONS = "/api/training-sessions";

    @Inject
    EntityManager entityManager;

    private final String welzijn = Tokens.coordinator("welzijn-stichtse-vecht");
    private final LocalDate today = LocalDate.now();

    @Test
    void attendanceRecordedLateKeepsANewerCompletionOfTheSameTraining() {
        UUID session = aSession().of("first-aid").on(today).withPlaces(3).scheduledBy(welzijn);
        String path = SESSIONS + "/" + session;
        UUID renewedSince = created(welzijn, aVolunteer());
        UUID onlyThisOne = created(welzijn, aVolunteer());
        for (UUID volunteer : List.of(renewedSince, onlyThisOne)) {
            as(welzijn).body(Map.of("volunteerId", volunteer)).post(path + "/enrolments").then().statusCode(201);
        }
        // the session was held twenty days ago; since then one of them completed first aid again elsewhere
        LocalDate heldOn = today.minusDays(20);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update training_session set held_on = ?1 where id = ?2")
                .setParameter(1, heldOn).setParameter(2, session).executeUpdate());
        LocalDate renewedOn = today.minusDays(5);
        as(welzijn).body(Map.of("completedOn", renewedOn.toString()))
                .put("/api/volunteers/" + renewedSince + "/trainings/first-aid").then().statusCode(200);
        long head = FeedEvents.head();

        as(welzijn).body(Map.of("attended", List.of(renewedSince, onlyThisOne))).put(path + "/attendance").then()
                .statusCode(200);

        as(welzijn).get("/api/volunteers/" + renewedSince).then().statusCode(200)
                .body("screening.trainings.find { it.code == 'first-aid' }.completedOn", equalTo(renewedOn.toString()))
                .body("screening.trainings.find { it.code == 'first-aid' }.expiresOn",
                        equalTo(renewedOn.plusYears(2).minusDays(1).toString()));
        as(welzijn).get("/api/volunteers/" + onlyThisOne).then().statusCode(200)
                .body("screening.trainings.find { it.code == 'first-aid' }.completedOn", equalTo(heldOn.toString()));
        // the record that stayed did not change, so the feed hears nothing new of it; the other one's did
        assertThat(FeedEvents.lastPayload(head, onlyThisOne).get("trainings"))
                .isEqualTo(List.of(Map.of("code", "first-aid", "expiresOn",
                        heldOn.plusYears(2).minusDays(1).toString())));
        assertThat(FeedEvents.after(head, renewedSince)).isEmpty();
        // both attended, for the training report; erasing one keeps the count
        as(Tokens.admin()).delete("/api/volunteers/" + onlyThisOne).then().statusCode(204);
        assertThat(attended(session)).isEqualTo(2);
    }

    private int attended(UUID session) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select attended from training_session where id = ?1").setParameter(1, session)
                .getSingleResult())).intValue();
    }
}
