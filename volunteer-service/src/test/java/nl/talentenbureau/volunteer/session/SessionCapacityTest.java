package nl.talentenbureau.volunteer.session;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.SessionBuilder.aSession;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.platform.testing.Tokens;

/**
 * 50 enrolments at once for 12 places, half by the volunteers themselves and half by a coordinator: the session's
 * row lock keeps exactly 12 places taken and the rest waiting in the order the enrolments were made.
 */
@QuarkusTest
class SessionCapacityTest {

    private static final int PLACES = 12;
    private static final int ENROLMENTS = 50;

    private final String coordinator = Tokens.coordinator("welzijn-stichtse-vecht");

    /** One volunteer and how they enrol: their own token (self) or the coordinator's. */
    private record Enroller(UUID volunteerId, String ownToken) {
    }

    @Test
    void fiftyParallelEnrolmentsForTwelvePlaces() throws Exception {
        UUID session = aSession().withPlaces(PLACES).scheduledBy(coordinator);
        String path = "/api/training-sessions/" + session + "/enrolments";
        List<Enroller> enrollers = new ArrayList<>();
        for (int i = 0; i < ENROLMENTS; i++) {
            if (i % 2 == 0) {
                enrollers.add(new Enroller(created(coordinator, aVolunteer()), null));
            } else {
                String token = Tokens.volunteer("capacity-" + UUID.randomUUID());
                String id = as(token).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then()
                        .statusCode(201).extract().path("id");
                enrollers.add(new Enroller(UUID.fromString(id), token));
            }
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(ENROLMENTS)) {
            for (Enroller enroller : enrollers) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return enroller.ownToken() != null
                            ? as(enroller.ownToken()).put(path + "/me")
                            : as(coordinator).body(Map.of("volunteerId", enroller.volunteerId())).post(path);
                }));
            }
            start.countDown();
        }

        int answeredEnrolled = 0;
        int answeredWaiting = 0;
        List<Integer> toldPositions = new ArrayList<>();
        Map<String, Integer> toldPositionOf = new java.util.HashMap<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            if ("ENROLLED".equals(response.path("status"))) {
                answeredEnrolled++;
            } else {
                answeredWaiting++;
                int position = response.path("waitingPosition");
                toldPositions.add(position);
                toldPositionOf.put(response.path("volunteerId"), position);
            }
        }

        List<Map<String, Object>> roster = as(coordinator).get(path).then().statusCode(200).extract().path("");
        List<Map<String, Object>> enrolled = roster.stream().filter(e -> "ENROLLED".equals(e.get("status"))).toList();
        List<Map<String, Object>> waiting = roster.stream().filter(e -> "WAITING".equals(e.get("status"))).toList();
        int over = Math.max(0, enrolled.size() - PLACES);
        // in order: the list (kept in the order the enrolments were made) numbers the waiting 1..n without gaps, each
        // one is where they were told they were, and every place went to an enrolment made before any waiting one
        List<Object> positions = waiting.stream().map(e -> e.get("waitingPosition")).toList();
        List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, waiting.size()).boxed().toList();
        boolean inOrder = positions.equals(expected)
                && waiting.stream()
                        .allMatch(e -> e.get("waitingPosition").equals(toldPositionOf.get(e.get("volunteerId"))))
                && roster.indexOf(enrolled.getLast()) < roster.indexOf(waiting.getFirst());
        System.out.printf("%d parallel enrolments for %d places: %d enrolled, %d waiting%s, %d over%n", answers.size(),
                PLACES, enrolled.size(), waiting.size(), inOrder ? " in order" : " OUT OF ORDER", over);

        assertThat(roster).hasSize(ENROLMENTS);
        assertThat(enrolled).hasSize(PLACES);
        assertThat(answeredEnrolled).isEqualTo(PLACES);
        assertThat(waiting).hasSize(ENROLMENTS - PLACES);
        assertThat(answeredWaiting).isEqualTo(ENROLMENTS - PLACES);
        assertThat(toldPositions).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(inOrder).isTrue();
        assertThat(over).isZero();

        // a place that frees goes to the first in line; everyone behind moves one up
        Object leaving = enrolled.getFirst().get("volunteerId");
        as(coordinator).delete(path + "/" + leaving).then().statusCode(200);
        List<Map<String, Object>> after = as(coordinator).get(path).then().statusCode(200).extract().path("");
        Map<Object, Map<String, Object>> byVolunteer = new java.util.HashMap<>();
        after.forEach(e -> byVolunteer.put(e.get("volunteerId"), e));
        assertThat(byVolunteer.get(waiting.getFirst().get("volunteerId"))).containsEntry("status", "ENROLLED");
        assertThat(byVolunteer.get(waiting.get(1).get("volunteerId"))).containsEntry("waitingPosition", 1);
        assertThat(after.stream().filter(e -> "ENROLLED".equals(e.get("status")))).hasSize(PLACES);
    }
}
