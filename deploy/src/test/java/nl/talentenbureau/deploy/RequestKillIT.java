package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * Issue 14's fourth fault: request-service killed (SIGKILL) during partner intake. Each partner app sends its
 * requests one after the other, each with its own Idempotency-Key, and sends a request that got no 201 again with the
 * same key and body, as a client does after a failure. Afterwards every key made exactly one request (no duplicate)
 * and no key is left in flight: a key the killed process held is taken over once its short lease has passed (30 s,
 * {@code idempotency.in-flight-lease}), so the client never has to switch keys and make a duplicate.
 */
class RequestKillIT {

    private static final int WRITERS = 4;
    private static final int REQUESTS_PER_WRITER = 6;
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** The last key answered at most this long after request-service is healthy again: its lease and some retries. */
    private static final Duration SETTLED_LIMIT = LEASE.plusSeconds(15);
    private static final Duration RETRY_LIMIT = Duration.ofSeconds(120);
    private static final String TITLE = "Crashtest intake ";

    private record Intake(String key, Map<String, Object> body) {
    }

    @Test
    void aKilledRequestServiceLeavesNoDuplicateAndNoKeyInFlight() throws Exception {
        Api api = ItStack.api();
        LocalStack stack = ItStack.get();
        String partner = api.token(DemoAccounts.PARTNER_BIBLIOTHEEK);
        String run = Journey.unique();
        Map<String, Integer> firstAnswers = new ConcurrentHashMap<>();
        Map<Integer, Long> retryAnswers = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger sentAgain = new AtomicInteger();
        AtomicLong lastAnsweredAt = new AtomicLong();
        long killedAt;
        long healthyAt;
        int inFlightAtKill;
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_WRITER; i++) {
                        Intake intake = intake(run + "-" + writer + "-" + i);
                        Api.Answer answer = post(api, partner, intake);
                        firstAnswers.put(intake.key(), answer.status());
                        long deadline = System.nanoTime() + RETRY_LIMIT.toNanos();
                        while (answer.status() != 201 && System.nanoTime() < deadline) {
                            assertThat(answer.status()).as("an answer while request-service is down or recovering: "
                                    + answer.body()).isIn(409, 502, 503, 504, 599);
                            Processes.sleep(Duration.ofMillis(500));
                            sentAgain.incrementAndGet();
                            answer = post(api, partner, intake);
                            retryAnswers.merge(answer.status(), 1L, Long::sum);
                        }
                        assertThat(answer.status()).as("the request with key " + intake.key()).isEqualTo(201);
                        answered.incrementAndGet();
                        lastAnsweredAt.set(System.nanoTime());
                    }
                    return null;
                }));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (answered.get() < WRITERS && System.nanoTime() < deadline) {
                Processes.sleep(Duration.ofMillis(1));
            }
            // killed while every writer's next request is in flight: its key claimed (committed), its request held
            // back by a lock on the table it is inserted into, so the kill meets each of them mid-way
            try (Connection lock = connection(stack)) {
                lock.setAutoCommit(false);
                try (var statement = lock.createStatement()) {
                    statement.execute("lock table help_request in share mode");
                }
                long claimed = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (inFlight(stack, run) < WRITERS && System.nanoTime() < claimed) {
                    Processes.sleep(Duration.ofMillis(20));
                }
                stack.killService("request-service");
                killedAt = System.nanoTime();
                lock.rollback();
            }
            inFlightAtKill = inFlight(stack, run);
            stack.startService("request-service");
            healthyAt = System.nanoTime();
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
            stack.awaitAllReady(); // the next test finds every service and its feeds healthy
        }

        int keys = WRITERS * REQUESTS_PER_WRITER;
        int requests = count(stack, "select count(*) from help_request where title like ?", TITLE + run + "-%");
        int duplicates = count(stack, """
                select count(*) from (select title from help_request where title like ? group by title
                having count(*) > 1) duplicated""", TITLE + run + "-%");
        int leftInFlight = inFlight(stack, run);
        long settledMillis = Math.max(0, (lastAnsweredAt.get() - healthyAt) / 1_000_000);
        Map<Integer, Long> first = new TreeMap<>();
        firstAnswers.values().forEach(status -> first.merge(status, 1L, Long::sum));
        System.out.printf("request-service killed (SIGKILL) during intake (%d writers): %d keys, first answers %s, "
                + "%d keys in flight at the kill, %d sent again with the same key (answers %s); %d requests for %d keys "
                + "(%d duplicates), %d keys left in flight; healthy %d ms after the kill, the last key answered %d ms "
                + "after that (lease %d s)%n", WRITERS, keys, first, inFlightAtKill, sentAgain.get(),
                new TreeMap<>(retryAnswers), requests, keys, duplicates, leftInFlight,
                (healthyAt - killedAt) / 1_000_000, settledMillis, LEASE.toSeconds());

        assertThat(inFlightAtKill).as("keys in flight when request-service was killed").isEqualTo(WRITERS);
        assertThat(requests).as("requests made by the %d keys", keys).isEqualTo(keys);
        assertThat(duplicates).as("keys that made more than one request").isZero();
        assertThat(leftInFlight).as("keys left in flight").isZero();
        assertThat(Duration.ofMillis(settledMillis)).as("time from healthy to the last key answered")
                .isLessThan(SETTLED_LIMIT);
    }

    private static Intake intake(String id) {
        Map<String, Object> body = Journey.requestForMany();
        body.put("title", TITLE + id);
        return new Intake("kill-intake-" + id, body);
    }

    private static Api.Answer post(Api api, String partner, Intake intake) {
        try {
            return api.call("POST", gateway("/api/requests"), partner, Map.of("Idempotency-Key", intake.key()),
                    intake.body());
        } catch (RuntimeException e) {
            // the gateway closed the connection with the service's: as a client sees it, no answer
            return new Api.Answer(599, null, e.getMessage(), null);
        }
    }

    private static int inFlight(LocalStack stack, String run) {
        return count(stack, "select count(*) from idempotency_key where status = 'IN_FLIGHT' and key like ?",
                "kill-intake-" + run + "-%");
    }

    private static Connection connection(LocalStack stack) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcBase() + "request", "postgres", "");
    }

    private static int count(LocalStack stack, String sql, String parameter) {
        try (Connection connection = connection(stack);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count in request's database: " + sql, e);
        }
    }
}
