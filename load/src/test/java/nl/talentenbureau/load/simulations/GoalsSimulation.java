package nl.talentenbureau.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import java.time.Duration;

import io.gatling.javaapi.core.Simulation;

/**
 * The goals as assertions, so the run says pass or fail (issue 14): coordinator candidates at 1,000 req/s with p50
 * at most 3 ms, p99 at most 15 ms and no error; then partner intake at 500 req/s with p99 at most 50 ms and no error.
 * Open model: users arrive at the rate whatever the answers take. {@code -Dseconds=} sets how long each rate is held
 * (30), after a 10 s ramp.
 */
public class GoalsSimulation extends Simulation {

    private static final int CANDIDATES_PER_SECOND = 1_000;
    private static final int INTAKE_PER_SECOND = 500;
    private static final Duration RAMP = Duration.ofSeconds(10);
    private static final Duration HOLD = Duration.ofSeconds(Integer.getInteger("seconds", 30));

    {
        Scenarios scenarios = new Scenarios();
        setUp(scenarios.coordinatorCandidates()
                .injectOpen(rampUsersPerSec(10).to(CANDIDATES_PER_SECOND).during(RAMP),
                        constantUsersPerSec(CANDIDATES_PER_SECOND).during(HOLD))
                .andThen(scenarios.partnerIntake().injectOpen(rampUsersPerSec(10).to(INTAKE_PER_SECOND).during(RAMP),
                        constantUsersPerSec(INTAKE_PER_SECOND).during(HOLD))))
                .protocols(scenarios.protocol())
                .assertions(
                        details(Scenarios.CANDIDATES).responseTime().percentile(50.0).lte(3),
                        details(Scenarios.CANDIDATES).responseTime().percentile(99.0).lte(15),
                        details(Scenarios.CANDIDATES).failedRequests().count().is(0L),
                        details(Scenarios.INTAKE).responseTime().percentile(99.0).lte(50),
                        details(Scenarios.INTAKE).failedRequests().count().is(0L));
    }
}
