package nl.talentenbureau.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.Simulation;

/**
 * Where the stack stops keeping up: coordinator candidates through the gateway in steps of {@code -Dstep=} users
 * per second (100), from the first step, each held {@code -Dlevel=} seconds (10) with a 2 s ramp between, for
 * {@code -Dsteps=} steps (15). At the end it prints each step's p50 and p99 and the rate from which p99 stays above
 * 100 ms (Gatling's own report has the whole run, not each step).
 */
public class RampSimulation extends Simulation {

    private static final int STEP = Integer.getInteger("step", 100);
    private static final int STEPS = Integer.getInteger("steps", 15);
    private static final int LEVEL_SECONDS = Integer.getInteger("level", 10);
    private static final int RAMP_SECONDS = 2;
    private static final long P99_LIMIT_MS = 100;

    private final Steps steps = new Steps(STEPS, LEVEL_SECONDS, RAMP_SECONDS);

    {
        Scenarios scenarios = new Scenarios();
        // the candidates request, with its response time kept for the per-step figures
        var timed = scenario("coordinator candidates, ramp")
                .exec(exec(http(Scenarios.CANDIDATES).get(session -> scenarios.candidatesPath())
                        .header("Authorization", scenarios.coordinatorAuthorization())
                        .check(status().is(200), responseTimeInMillis().saveAs("rt"))).exec(session -> {
                            steps.record(session.getInt("rt"));
                            return session;
                        }));
        setUp(timed.injectOpen(incrementUsersPerSec(STEP).times(STEPS)
                .eachLevelLasting(Duration.ofSeconds(LEVEL_SECONDS))
                .separatedByRampsLasting(Duration.ofSeconds(RAMP_SECONDS)).startingFrom(STEP)))
                .protocols(scenarios.protocol());
    }

    @Override
    public void after() {
        System.out.println();
        System.out.println("| users/s | answered | p50 | p99 |");
        System.out.println("|---:|---:|---:|---:|");
        List<Integer> rates = new ArrayList<>();
        List<Long> p99s = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            List<Integer> times = steps.of(i);
            if (times.isEmpty()) {
                continue;
            }
            int rate = STEP * (i + 1);
            long p99 = Steps.percentile(times, 99);
            System.out.printf(Locale.ROOT, "| %d | %,d | %d ms | %d ms |%n", rate, times.size(),
                    Steps.percentile(times, 50), p99);
            rates.add(rate);
            p99s.add(p99);
        }
        // the rate from which p99 stays above the limit; a single step above it before that (the JIT still warming
        // up in the first, a collection) is named apart
        int from = p99s.size();
        while (from > 0 && p99s.get(from - 1) > P99_LIMIT_MS) {
            from--;
        }
        List<Integer> single = new ArrayList<>();
        for (int i = 0; i < from; i++) {
            if (p99s.get(i) > P99_LIMIT_MS) {
                single.add(rates.get(i));
            }
        }
        System.out.println(from == p99s.size()
                ? "p99 stayed at or below " + P99_LIMIT_MS + " ms up to " + STEP * STEPS + " users/s"
                : "p99 passed " + P99_LIMIT_MS + " ms for good at " + rates.get(from) + " users/s");
        if (!single.isEmpty()) {
            System.out.println("single steps over " + P99_LIMIT_MS + " ms before that (users/s): " + single);
        }
    }

    /** The response times of each step, by when they were recorded (the ramp into a step counts to it). */
    private static final class Steps {

        private final List<List<Integer>> byStep = new ArrayList<>();
        private final long stepMillis;
        /** When the first answer came: the injection starts some seconds after the simulation's before(). */
        private final AtomicLong startedAt = new AtomicLong();

        Steps(int count, int levelSeconds, int rampSeconds) {
            for (int i = 0; i < count; i++) {
                byStep.add(new ArrayList<>());
            }
            this.stepMillis = 1000L * (levelSeconds + rampSeconds);
        }

        void record(int millis) {
            // the first step has no ramp before it: shift by one ramp so that each ramp counts to the step it leads to
            long now = System.currentTimeMillis();
            startedAt.compareAndSet(0, now);
            long elapsed = now - startedAt.get() + stepMillis - 1000L * LEVEL_SECONDS;
            int step = (int) Math.min(byStep.size() - 1, Math.max(0, elapsed / stepMillis));
            List<Integer> times = byStep.get(step);
            synchronized (times) {
                times.add(millis);
            }
        }

        List<Integer> of(int step) {
            List<Integer> times = byStep.get(step);
            synchronized (times) {
                return times.stream().sorted().toList();
            }
        }

        static long percentile(List<Integer> sorted, int percentile) {
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index));
        }
    }
}
