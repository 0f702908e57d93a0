package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Issue 14's first fault: PostgreSQL stopped for 10 s and started again while partner apps keep posting requests
 * through the gateway. Every write answered 2xx is there afterwards (0 lost); every failure meanwhile is a 503
 * problem+json (no 500); full service is back within 15 s of PostgreSQL being back.
 */
class DatabaseOutageIT {

    private static final int WRITERS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration FULL_SERVICE_LIMIT = Duration.ofSeconds(15);
    private static final Duration PAUSE = Duration.ofMillis(150);
    private static final String PROBLEM = "application/problem+json";

    private record Write(long atNanos, int status, String contentType, String id) {

        boolean answered() {
            return status / 100 == 2;
        }
    }

    @Test
    void writesAnsweredDuringAnOutageAreKeptAndTheRestAre503Problems() throws Exception {
        Api api = ItStack.api();
        String partner = api.token(DemoAccounts.PARTNER_BIBLIOTHEEK);
        LocalStack stack = ItStack.get();
        ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        long back;
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    while (writing.get()) {
                        writes.add(post(api, partner));
                        // about 25 writes a second in all: enough to meet the outage, not a flood for later tests
                        Processes.sleep(PAUSE);
                    }
                    return null;
                }));
            }
            Processes.sleep(Duration.ofSeconds(3));
            stack.stopPostgres();
            long stopped = System.nanoTime();
            Processes.sleep(OUTAGE);
            stack.startPostgres();
            back = System.nanoTime();
            System.out.printf("PostgreSQL was stopped for %d ms%n", (back - stopped) / 1_000_000);
            Processes.sleep(FULL_SERVICE_LIMIT.plusSeconds(5));
            writing.set(false);
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
            stack.awaitAllReady(); // the next test finds every service and its feeds healthy
        }

        List<Write> all = new ArrayList<>(writes);
        List<Write> answered = all.stream().filter(Write::answered).toList();
        List<Write> failed = all.stream().filter(write -> !write.answered()).toList();
        Map<Integer, Long> failures = new TreeMap<>();
        failed.forEach(write -> failures.merge(write.status(), 1L, Long::sum));
        long lost = answered.stream().filter(write -> api.get(gateway("/api/requests/" + write.id()), partner)
                .status() != 200).count();
        long lastFailure = failed.stream().mapToLong(Write::atNanos).max().orElse(back);
        long fullServiceMillis = Math.max(0, (lastFailure - back) / 1_000_000);
        System.out.printf("PostgreSQL stopped for %d s under load (%d writers): %d writes, %d answered 201 (%d lost), "
                + "%d failed %s (%d not problem+json), full service %d ms after it was back%n", OUTAGE.toSeconds(),
                WRITERS, all.size(), answered.size(), lost, failed.size(), failures,
                failed.stream().filter(write -> !isProblem(write)).count(),
                fullServiceMillis);

        assertThat(failed).as("some writes met the outage").isNotEmpty();
        assertThat(lost).as("writes answered 201 but not there afterwards").isZero();
        assertThat(failures.keySet()).as("statuses of the failed writes").containsOnly(503);
        assertThat(failed).as("failed writes answered problem+json").allMatch(DatabaseOutageIT::isProblem);
        assertThat(Duration.ofMillis(fullServiceMillis)).as("time to full service").isLessThan(FULL_SERVICE_LIMIT);
        assertThat(all.stream().filter(write -> write.atNanos() > lastFailure)).as("writes after the last failure")
                .isNotEmpty().allSatisfy(write -> assertThat(write.status()).isEqualTo(201));
    }

    private static boolean isProblem(Write write) {
        return write.contentType() != null && write.contentType().startsWith(PROBLEM);
    }

    private static Write post(Api api, String partner) {
        Map<String, Object> body = Journey.requestForMany();
        body.put("title", "Storingstest");
        Api.Answer answer = api.call("POST", gateway("/api/requests"), partner,
                Map.of("Idempotency-Key", "outage-" + Journey.unique()), body);
        return new Write(System.nanoTime(), answer.status(), answer.header("Content-Type"),
                answer.status() == 201 ? answer.json().path("id").asText() : null);
    }
}
