package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 14's third fault: matching-service killed (SIGKILL) while a coordinator's proposals are on their way. Each
 * proposal carries its Idempotency-Key and is sent again with the same key until it is answered, as a client does
 * after a failure. Afterwards every request has exactly one match (no duplicate offer), and matching's projection
 * equals volunteer-service's and request-service's within 10 s of it being healthy again.
 */
class MatchingKillIT {

    private static final int PROPOSALS = 8;
    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(10);
    /** Longer than matching's Idempotency-Key lease (30 s): a key the killed process held is taken over after it. */
    private static final Duration RETRY_LIMIT = Duration.ofSeconds(90);

    private record Proposal(String requestId, String volunteerId, String key) {
    }

    @Test
    void aKilledMatchingServiceMakesNoDuplicateOfferAndCatchesUp() throws Exception {
        Api api = ItStack.api();
        LocalStack stack = ItStack.get();
        String coordinator = api.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        String service = api.token(DemoAccounts.MATCHING_SERVICE);
        List<Proposal> proposals = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        for (int i = 0; i < PROPOSALS; i++) {
            Map<String, Object> body = Journey.requestForMany();
            body.put("title", "Crashtest " + i);
            String requestId = Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, body);
            String volunteer = Journey.candidateIds(Journey.awaitCandidates(requestId, coordinator,
                    Duration.ofSeconds(30))).stream().filter(chosen::add).findFirst().orElseThrow();
            proposals.add(new Proposal(requestId, volunteer, "kill-" + Journey.unique()));
        }

        // one proposal after the other, as a coordinator's batch is sent; killed once three are answered, so the
        // next one is on its way or being applied when the process dies
        Map<Proposal, Integer> firstAnswers = new ConcurrentHashMap<>();
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            Future<?> sent = sender.submit(() -> proposals.forEach(proposal -> firstAnswers.put(proposal,
                    propose(api, coordinator, proposal).status())));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (firstAnswers.size() < 3 && System.nanoTime() < deadline) {
                Processes.sleep(Duration.ofMillis(1));
            }
            stack.killService("matching-service");
            sent.get();
        } finally {
            sender.shutdownNow();
            stack.startService("matching-service");
        }
        long healthy = System.nanoTime();

        int retried = 0;
        for (Proposal proposal : proposals) {
            if (firstAnswers.get(proposal) == 201) {
                continue;
            }
            retried++;
            long deadline = System.nanoTime() + RETRY_LIMIT.toNanos();
            Api.Answer answer = propose(api, coordinator, proposal);
            while (answer.status() != 201 && System.nanoTime() < deadline) {
                assertThat(answer.status()).as("a retry's answer while matching recovers: " + answer.body())
                        .isIn(409, 502, 503, 504);
                Processes.sleep(Duration.ofSeconds(1));
                answer = propose(api, coordinator, proposal);
            }
            assertThat(answer.status()).as("the retry of " + proposal.key()).isEqualTo(201);
        }
        int matches = 0;
        for (Proposal proposal : proposals) {
            JsonNode page = api.get(gateway("/api/matches?requestId=" + proposal.requestId()), coordinator)
                    .expect(200, "matches of a request").json();
            assertThat(page.path("items")).as("matches of " + proposal.requestId()).hasSize(1);
            matches += page.path("items").size();
        }

        String projection = ItStack.url("matching-service") + "/internal/projection/summary";
        String volunteers = api.get(ItStack.url(LocalStack.VOLUNTEER_SERVICE) + "/internal/volunteers/summary",
                service).expect(200, "volunteer summary").json().path("checksum").asText();
        String requests = api.get(ItStack.url("request-service") + "/internal/requests/summary", service)
                .expect(200, "request summary").json().path("checksum").asText();
        Journey.await("matching's projected volunteers", CATCH_UP_LIMIT, volunteers, () -> api.get(projection,
                service).expect(200, "projection").json().path("volunteers").path("checksum").asText());
        Journey.await("matching's projected requests", CATCH_UP_LIMIT, requests, () -> api.get(projection,
                service).expect(200, "projection").json().path("requests").path("checksum").asText());
        long caughtUp = (System.nanoTime() - healthy) / 1_000_000;
        System.out.printf("matching-service killed (SIGKILL) during %d proposals: first answers %s, %d sent "
                + "again with the same key, %d matches for %d requests (0 duplicates); projection equal to the "
                + "sources %d ms after it was healthy%n", PROPOSALS, proposals.stream().map(firstAnswers::get).toList(),
                retried, matches,
                PROPOSALS, caughtUp);
        assertThat(matches).isEqualTo(PROPOSALS);
    }

    private static Api.Answer propose(Api api, String coordinator, Proposal proposal) {
        try {
            return api.call("POST", gateway("/api/matches"), coordinator, Map.of("Idempotency-Key", proposal.key()),
                    Api.object("requestId", proposal.requestId(), "volunteerId", proposal.volunteerId()));
        } catch (RuntimeException e) {
            // the gateway closed the connection with the service's: as a client sees it, no answer
            return new Api.Answer(599, null, e.getMessage(), null);
        }
    }
}
