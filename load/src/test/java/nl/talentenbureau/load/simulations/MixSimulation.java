package nl.talentenbureau.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import java.time.Duration;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;

/**
 * Everyone at once, open model: coordinators looking at candidates and asking for proposals (half of the arrivals),
 * volunteers reading their offers (three in ten), partner apps posting requests (one in five). {@code -Drate=} is
 * the total arrival rate per second (400), {@code -Dseconds=} how long it is held (30) after a 10 s ramp. The
 * assertions are the intake goal and no error anywhere.
 */
public class MixSimulation extends Simulation {

    private static final int RATE = Integer.getInteger("rate", 400);
    private static final Duration RAMP = Duration.ofSeconds(10);
    private static final Duration HOLD = Duration.ofSeconds(Integer.getInteger("seconds", 30));

    {
        Scenarios scenarios = new Scenarios();
        setUp(scenarios.coordinatorCandidatesAndProposals().injectOpen(share(0.5)),
                scenarios.volunteerOffers().injectOpen(share(0.3)),
                scenarios.partnerIntake().injectOpen(share(0.2)))
                .protocols(scenarios.protocol())
                .assertions(global().failedRequests().count().is(0L),
                        details(Scenarios.INTAKE).responseTime().percentile(99.0).lte(50));
    }

    private static OpenInjectionStep[] share(double part) {
        double rate = RATE * part;
        return new OpenInjectionStep[]{rampUsersPerSec(1).to(rate).during(RAMP),
                constantUsersPerSec(rate).during(HOLD)};
    }
}
