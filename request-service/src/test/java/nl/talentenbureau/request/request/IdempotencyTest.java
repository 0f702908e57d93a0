package nl.talentenbureau.request.request;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.problem;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.platform.feed.OutboxWriter;
import nl.talentenbureau.platform.idempotency.Idempotency;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class IdempotencyTest {

    private static final int PARALLEL = 100;

    private final String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = Tokens.partner(org);

    @Inject
    EntityManager entityManager;

    @Inject
    Idempotency idempotency;

    @Inject
    OutboxWriter outbox;

    @Test
    void hundredParallelPostsWithOneKeyStoreOneRequestAndGetOneAnswer() throws Exception {
        String key = "intake-" + UUID.randomUUID();
        Map<String, Object> body = aRequest().build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < PARALLEL; i++) {
                Callable<Answer> call = () -> {
                    start.await();
                    Response response = as(partner).header("Idempotency-Key", key).body(body)
                            .post("/api/requests");
                    return new Answer(response.statusCode(), response.header("Location"), response.header("ETag"),
                            response.asString());
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            Set<Answer> distinct = new HashSet<>(answers);
            long stored = as(partner).queryParam("size", 200).get("/api/requests").then().statusCode(200)
                    .extract().jsonPath().getLong("total");

            Log.infof("idempotency: %d parallel POSTs with one key -> %d request(s) stored, %d distinct answer(s), "
                    + "status %d", PARALLEL, stored, distinct.size(), answers.getFirst().status());
            assertThat(stored).isEqualTo(1);
            assertThat(distinct).hasSize(1);
            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameKeyWithTheSameBodyReplaysTheFirstAnswer() {
        String key = "intake-" + UUID.randomUUID();
        Map<String, Object> body = aRequest().build();

        Response first = as(partner).header("Idempotency-Key", key).body(body).post("/api/requests");
        Response second = as(partner).header("Idempotency-Key", key).body(body).post("/api/requests");

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    }

    @Test
    void theSameKeyWithAnotherBodyAnswers422() {
        String key = "intake-" + UUID.randomUUID();
        as(partner).header("Idempotency-Key", key).body(aRequest().build()).post("/api/requests").then()
                .statusCode(201);

        problem(as(partner).header("Idempotency-Key", key).body(aRequest().build()).post("/api/requests").then(),
                422, "unprocessable");
    }

    @Test
    void keysAreScopedPerClient() {
        String key = "intake-" + UUID.randomUUID();
        Map<String, Object> body = aRequest().build();

        String first = as(partner).header("Idempotency-Key", key).body(body).post("/api/requests").then()
                .statusCode(201).extract().path("id");
        String second = as(Tokens.partner("other-" + org)).header("Idempotency-Key", key).body(body)
                .post("/api/requests").then().statusCode(201).extract().path("id");

        assertThat(second).isNotEqualTo(first);
    }

    /**
     * A call claims its key and its process is killed before it answers: the key stays in flight. Within the lease a
     * retry still answers 409 (the first call may be alive); after it the retry takes the key over and creates the
     * request, once, instead of 409 for 24 hours.
     */
    @Test
    void aKeyLeftInFlightByACallWhoseProcessDiedIsTakenOverAfterItsLease() {
        Map<String, Object> body = aRequest().build();
        String answered = "intake-" + UUID.randomUUID();
        as(partner).header("Idempotency-Key", answered).body(body).post("/api/requests").then().statusCode(201);
        // the client id and body hash a claim of this client for this body carries
        Object[] claim = (Object[]) entityManager.createNativeQuery(
                "select client_id, request_hash from idempotency_key where key = ?1").setParameter(1, answered)
                .getSingleResult();
        String died = "intake-" + UUID.randomUUID();
        String inFlight = "intake-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            leftInFlight(claim, died, OffsetDateTime.now().minusMinutes(5));
            leftInFlight(claim, inFlight, OffsetDateTime.now());
        });

        String id = as(partner).header("Idempotency-Key", died).body(body).post("/api/requests").then()
                .statusCode(201).extract().path("id");
        String replayed = as(partner).header("Idempotency-Key", died).body(body).post("/api/requests").then()
                .statusCode(201).extract().path("id");
        assertThat(replayed).isEqualTo(id);
        problem(as(partner).header("Idempotency-Key", inFlight).body(body).post("/api/requests").then(), 409,
                "conflict");
    }

    /**
     * The other half of the lease: a call that is only slow, outlives its lease and is taken over by a retry must not
     * create a second resource. Its work and its answer commit together, so when it finds the key no longer its own
     * its work is rolled back.
     */
    @Test
    void aCallThatOutlivedItsLeaseAndWasTakenOverLeavesNoWorkBehind() {
        String key = "lease-" + UUID.randomUUID();
        String aggregate = "lease-test-" + UUID.randomUUID();

        assertThatThrownBy(() -> idempotency.create("lease-test-client", key, Map.of("title", "slow"), () -> {
            outbox.append(aggregate, key, "TestEvent", () -> Map.of("step", 1));
            // meanwhile the lease runs out and a retry takes the key over
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "update idempotency_key set lease = gen_random_uuid() where key = ?1").setParameter(1, key)
                    .executeUpdate());
            return new Idempotency.Created("/api/requests/" + UUID.randomUUID());
        }, id -> new Idempotency.Current(1, Map.of()))).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.kind()).isEqualTo(ProblemKind.CONFLICT));

        assertThat(count("select count(*) from outbox_event where aggregate_type = ?1", aggregate))
                .as("the slow call's work").isZero();
        assertThat(count("select count(*) from idempotency_key where key = ?1 and status = 'IN_FLIGHT'", key))
                .as("the retry's claim, not released by the slow call").isOne();
    }

    private void leftInFlight(Object[] claim, String key, OffsetDateTime claimedAt) {
        entityManager.createNativeQuery("""
                insert into idempotency_key (client_id, key, request_hash, status, created_at, lease)
                values (?1, ?2, ?3, 'IN_FLIGHT', ?4, gen_random_uuid())""").setParameter(1, claim[0])
                .setParameter(2, key).setParameter(3, claim[1]).setParameter(4, claimedAt).executeUpdate();
    }

    private long count(String sql, String parameter) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
                .longValue();
    }

    @Test
    void aFailedCallReleasesItsKey() {
        String key = "intake-" + UUID.randomUUID();
        problem(as(partner).header("Idempotency-Key", key).body(aRequest().inKern("atlantis").build())
                .post("/api/requests").then(), 422, "unprocessable");

        as(partner).header("Idempotency-Key", key).body(aRequest().build()).post("/api/requests").then()
                .statusCode(201);
    }

    @Test
    void theKeyKeepsNoPersonalDataAndAReplayAfterErasureShowsNone() {
        String coordinator = Tokens.coordinator(org);
        String key = "intake-" + UUID.randomUUID();
        String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = aRequest().build();
        @SuppressWarnings("unchecked")
        Map<String, Object> requester = (Map<String, Object>) body.get("requester");
        requester.put("name", canary);
        requester.put("notes", canary + " notes");

        Response first = as(coordinator).header("Idempotency-Key", key).body(body).post("/api/requests");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.asString()).contains(canary);
        long rowsWithCanary = ((Number) entityManager.createNativeQuery(
                "select count(*) from idempotency_key where cast(idempotency_key as text) like ?1")
                .setParameter(1, "%" + canary + "%").getSingleResult()).longValue();

        as(coordinator).delete(first.header("Location") + "/requester").then().statusCode(204);
        Response replay = as(coordinator).header("Idempotency-Key", key).body(body).post("/api/requests");

        Log.infof("idempotency: key rows holding the requester's name: %d; replay after erasure %d, name in it: %s",
                rowsWithCanary, replay.statusCode(), replay.asString().contains(canary));
        assertThat(rowsWithCanary).isZero();
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.asString()).doesNotContain(canary);
    }

    record Answer(int status, String location, String etag, String body) {
    }
}
