package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 16, no double booking, through the gateway with real tokens: HandjeHelpen's partner app and Welzijn's
 * coordinator each post requests for the same Tuesday morning that Anna fits, and both organisations' coordinators
 * propose her for all of them at once. Exactly one offer stands; every other proposal is 409 "already busy then",
 * and the candidates of the others leave her out, counted.
 */
class DoubleBookingIT {

    private static final int PER_ORGANISATION = 3;

    private record Proposal(String token, String requestId) {
    }

    @Test
    void twoOrganisationsProposeAnnaForTheSameSlotInParallelAndExactlyOneOfferStands() throws Exception {
        Api api = ItStack.api();
        String handjehelpen = Journey.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        String welzijn = Journey.token(DemoAccounts.COORDINATOR_WELZIJN);
        String anna = Journey.token(DemoAccounts.VOLUNTEER_ANNA);
        String annaId = Journey.annaId();

        // one Tuesday morning (a week of its own, see Journey), asked for by both organisations
        Map<String, Object> tuesday = Journey.requestFittingAnna();
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < PER_ORGANISATION; i++) {
            Map<String, Object> body = new LinkedHashMap<>(tuesday);
            body.put("title", "Dubbel geboekt? HandjeHelpen " + i);
            proposals.add(new Proposal(handjehelpen, Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, body)));
            body = new LinkedHashMap<>(tuesday);
            body.put("title", "Dubbel geboekt? Welzijn " + i);
            proposals.add(new Proposal(welzijn, api.call("POST", gateway("/api/requests"), welzijn,
                    Map.of("Idempotency-Key", "it-booking-" + Journey.unique()), body)
                    .expect(201, "welzijn posts a request").json().path("id").asText()));
        }
        for (Proposal proposal : proposals) {
            JsonNode candidates = Journey.awaitCandidates(proposal.requestId(), proposal.token(),
                    Duration.ofSeconds(30));
            assertThat(Journey.candidateIds(candidates)).as("Anna fits " + proposal.requestId()).contains(annaId);
        }

        ExecutorService pool = Executors.newFixedThreadPool(proposals.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        try {
            for (Proposal proposal : proposals) {
                Callable<Api.Answer> call = () -> {
                    start.await();
                    return api.call("POST", gateway("/api/matches"), proposal.token(), Map.of(),
                            Api.object("requestId", proposal.requestId(), "volunteerId", annaId));
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            int created = 0;
            int refused = 0;
            String offerRequest = null;
            String offerId = null;
            for (int i = 0; i < answers.size(); i++) {
                Api.Answer answer = answers.get(i).get();
                if (answer.status() == 201) {
                    created++;
                    offerRequest = proposals.get(i).requestId();
                    offerId = answer.json().path("id").asText();
                } else {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
                    assertThat(answer.json().path("detail").asText()).contains("already busy then");
                    refused++;
                }
            }

            // what stands, as each organisation and Anna read it
            int live = 0;
            for (Proposal proposal : proposals) {
                JsonNode page = api.get(gateway("/api/matches?requestId=" + proposal.requestId()), proposal.token())
                        .expect(200, "matches of " + proposal.requestId()).json();
                for (JsonNode match : page.path("items")) {
                    if (match.path("volunteerId").asText().equals(annaId)
                            && List.of("PROPOSED", "ACCEPTED", "ACTIVE").contains(match.path("status").asText())) {
                        live++;
                    }
                }
            }
            int annasOffers = 0;
            for (JsonNode offer : api.get(gateway("/api/offers?size=100"), anna).expect(200, "Anna's offers").json()
                    .path("items")) {
                String requestId = offer.path("requestId").asText();
                annasOffers += proposals.stream().anyMatch(p -> p.requestId().equals(requestId)) ? 1 : 0;
            }
            System.out.printf("%d parallel proposals for one slot across 2 organisations: %d live (%d refused 409 "
                    + "already busy then; Anna sees %d offer)%n", proposals.size(), live, refused, annasOffers);
            assertThat(created).isEqualTo(1);
            assertThat(refused).isEqualTo(proposals.size() - 1);
            assertThat(live).isEqualTo(1);
            assertThat(annasOffers).isEqualTo(1);

            // the other requests' candidates leave her out, counted as already busy then
            String taken = offerRequest;
            for (Proposal proposal : proposals) {
                if (proposal.requestId().equals(taken)) {
                    continue;
                }
                JsonNode candidates = api.get(gateway("/api/candidates?requestId=" + proposal.requestId()),
                        proposal.token()).expect(200, "candidates").json();
                assertThat(Journey.candidateIds(candidates)).doesNotContain(annaId);
                assertThat(candidates.path("summary").asText()).contains("already busy then");
            }

            // she declines: the morning is free again for the other organisation
            Journey.step(anna, "/api/offers/" + offerId + "/decline", Map.of("reason", "Toch niet"));
            Proposal other = proposals.stream().filter(p -> !p.requestId().equals(taken)).findFirst()
                    .orElseThrow();
            assertThat(Journey.candidateIds(api.get(gateway("/api/candidates?requestId=" + other.requestId()),
                    other.token()).expect(200, "candidates").json())).contains(annaId);
        } finally {
            pool.shutdownNow();
        }
    }
}
