package nl.talentenbureau.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import nl.talentenbureau.load.Stack;

/**
 * The scenarios every simulation combines, through the gateway with real tokens of the running stack: a partner
 * app's intake (a new help request, each with a fresh {@code Idempotency-Key}), a coordinator's candidates and
 * batch proposals for the demo data's open requests, a volunteer's offers. Tokens are fetched once when the
 * simulation starts (they are valid 15 minutes, longer than any run here).
 */
final class Scenarios {

    static final String INTAKE = "intake";
    static final String CANDIDATES = "candidates";
    static final String PROPOSALS = "proposals";
    static final String OFFERS = "offers";

    private final String coordinator = Stack.personToken(Stack.COORDINATOR);
    private final String volunteer = Stack.personToken(Stack.VOLUNTEER);
    private final String partner = Stack.partnerToken(Stack.PARTNER);
    private final List<String> openRequests = Stack.openRequestIds(coordinator);
    private final String intakeBody = Stack.intakeBody();

    /**
     * One connection pool for all virtual users, as a front end or partner app keeps its connections: without it
     * every arriving user of an open model opens a connection of its own.
     */
    HttpProtocolBuilder protocol() {
        return http.baseUrl(Stack.GATEWAY).acceptHeader("application/json").shareConnections();
    }

    ChainBuilder intake() {
        return exec(http(INTAKE).post("/api/requests").header("Authorization", "Bearer " + partner)
                .header("Idempotency-Key", session -> "load-" + UUID.randomUUID())
                .header("Content-Type", "application/json").body(StringBody(intakeBody)).check(status().is(201)));
    }

    ChainBuilder candidates() {
        return exec(http(CANDIDATES).get(session -> candidatesPath()).header("Authorization",
                coordinatorAuthorization()).check(status().is(200)));
    }

    /** The candidates of one of the open requests, a different one each time. */
    String candidatesPath() {
        return "/api/candidates?limit=10&requestId=" + anOpenRequest();
    }

    String coordinatorAuthorization() {
        return "Bearer " + coordinator;
    }

    ChainBuilder proposals() {
        return exec(http(PROPOSALS).post("/api/proposals").header("Authorization", "Bearer " + coordinator)
                .header("Content-Type", "application/json")
                .body(StringBody(session -> "{\"requestIds\":[\"" + anOpenRequest() + "\"]}"))
                .check(status().is(200)));
    }

    ChainBuilder offers() {
        return exec(http(OFFERS).get("/api/offers").header("Authorization", "Bearer " + volunteer)
                .check(status().is(200)));
    }

    ScenarioBuilder partnerIntake() {
        return scenario("partner intake").exec(intake());
    }

    ScenarioBuilder coordinatorCandidates() {
        return scenario("coordinator candidates").exec(candidates());
    }

    /** A coordinator looks at a request's candidates, then asks for a batch proposal. */
    ScenarioBuilder coordinatorCandidatesAndProposals() {
        return scenario("coordinator candidates and proposals").exec(candidates()).exec(proposals());
    }

    ScenarioBuilder volunteerOffers() {
        return scenario("volunteer offers").exec(offers());
    }

    private String anOpenRequest() {
        return openRequests.get(ThreadLocalRandom.current().nextInt(openRequests.size()));
    }
}
