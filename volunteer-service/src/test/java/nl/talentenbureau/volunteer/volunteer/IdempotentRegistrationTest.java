package nl.talentenbureau.volunteer.volunteer;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

/** A coordinator's tool that retries a registration never creates the volunteer twice. */
@QuarkusTest
class IdempotentRegistrationTest {

    private final String coordinator = Tokens.coordinator("handjehelpen");

    @Inject
    EntityManager entityManager;

    @Test
    void parallelRetriesWithOneKeyRegisterOnceAndAnswerAlike() throws Exception {
        String name = "Retry " + UUID.randomUUID();
        Map<String, Object> body = aVolunteer().named(name).build();
        String key = "register-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    var response = as(coordinator).header("Idempotency-Key", key).body(body).post("/api/volunteers");
                    return response.statusCode() + " " + response.header("Location") + " " + response.asString();
                }));
            }
            start.countDown();
            List<String> distinct = new ArrayList<>();
            for (Future<String> answer : answers) {
                String text = answer.get();
                if (!distinct.contains(text)) {
                    distinct.add(text);
                }
            }
            assertThat(distinct).hasSize(1);
            assertThat(distinct.getFirst()).startsWith("201 ").contains("/api/volunteers/");
        } finally {
            pool.shutdownNow();
        }
        as(coordinator).queryParam("q", name).get("/api/volunteers").then().body("total", equalTo(1));
    }

    @Test
    void sameKeyWithAnotherBodyAnswers422() {
        String key = "register-" + UUID.randomUUID();
        as(coordinator).header("Idempotency-Key", key).body(aVolunteer().named("First body").build())
                .post("/api/volunteers").then().statusCode(201);
        problem(as(coordinator).header("Idempotency-Key", key).body(aVolunteer().named("Second body").build())
                .post("/api/volunteers").then(), 422, "unprocessable")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void keysAreScopedPerClient() {
        String key = "register-" + UUID.randomUUID();
        Map<String, Object> body = aVolunteer().build();
        String first = as(coordinator).header("Idempotency-Key", key).body(body).post("/api/volunteers").then()
                .statusCode(201).extract().path("id");
        String second = as(Tokens.coordinator("kwadraad")).header("Idempotency-Key", key).body(body)
                .post("/api/volunteers").then().statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aFailedCallReleasesItsKey() {
        String key = "register-" + UUID.randomUUID();
        problem(as(coordinator).header("Idempotency-Key", key).body(aVolunteer().inKern("atlantis").build())
                .post("/api/volunteers").then(), 422, "unprocessable");
        as(coordinator).header("Idempotency-Key", key).body(aVolunteer().build()).post("/api/volunteers").then()
                .statusCode(201);
    }

    /** Issue 12: the key kept the whole answer (name, e-mail, phone) for 24 hours, and a replay after erasure gave it. */
    @Test
    void theKeyKeepsNoContactDetailsAndAReplayAfterErasureAnswers404() {
        String canary = "canary-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = aVolunteer().named("Canary " + canary).build();
        body.put("email", canary + "@example.org");
        String key = "register-" + UUID.randomUUID();
        String id = as(coordinator).header("Idempotency-Key", key).body(body).post("/api/volunteers").then()
                .statusCode(201).body("email", equalTo(canary + "@example.org")).extract().path("id");
        long rowsWithCanary = ((Number) entityManager.createNativeQuery(
                "select count(*) from idempotency_key k where cast(k as text) like ?1")
                .setParameter(1, "%" + canary + "%").getSingleResult()).longValue();

        as(Tokens.admin()).delete("/api/volunteers/" + id).then().statusCode(204);

        assertThat(rowsWithCanary).isZero();
        problem(as(coordinator).header("Idempotency-Key", key).body(body).post("/api/volunteers").then(), 404,
                "not-found").body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(canary)));
    }
}
