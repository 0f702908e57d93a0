package nl.talentenbureau.volunteer.volunteer;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

/** Parallel updates of one profile: each is applied or answered 412, none is lost. */
@QuarkusTest
class ConcurrentUpdateTest {

    private static final int CLIENTS = 20;
    private static final int UPDATES_PER_CLIENT = 50;

    private final String coordinator = Tokens.coordinator("kwadraad");

    @Test
    void thousandUpdatesFromTwentyClientsAreEachAppliedOrRefusedAndNoneLost() throws Exception {
        UUID id = created(coordinator, aVolunteer());
        long cursor = Feed.head();
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger stale = new AtomicInteger();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        // the version each successful PUT answered with: every one must show up in the feed exactly once
        List<Integer> appliedVersions = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int u = 0; u < UPDATES_PER_CLIENT; u++) {
                        String etag = as(coordinator).get("/api/volunteers/" + id).then().statusCode(200).extract()
                                .header("ETag");
                        var response = as(coordinator).header("If-Match", etag)
                                .body(aVolunteer().named("Client " + client + " update " + u)
                                        .with("maxTravelKm", u % 50).build())
                                .put("/api/volunteers/" + id);
                        switch (response.statusCode()) {
                            case 200 -> {
                                applied.incrementAndGet();
                                appliedVersions.add(response.jsonPath().getInt("version"));
                            }
                            case 412 -> stale.incrementAndGet();
                            default -> unexpected.add(response.statusCode() + " " + response.asString());
                        }
                    }
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Object> finalState = as(coordinator).get("/api/volunteers/" + id).then().extract().jsonPath()
                .getMap("");
        List<Integer> feedVersions = Feed.eventsAfter(cursor).stream()
                .filter(e -> id.toString().equals(e.get("aggregateId")))
                .map(e -> ((Number) ((Map<?, ?>) e.get("payload")).get("version")).intValue()).toList();
        int lost = applied.get() - feedVersions.size();
        Log.infof("concurrent updates: %d from %d clients: %d applied, %d answered 412, %d other, %d lost",
                CLIENTS * UPDATES_PER_CLIENT, CLIENTS, applied.get(), stale.get(), unexpected.size(), lost);

        assertThat(unexpected).isEmpty();
        assertThat(applied.get() + stale.get()).isEqualTo(CLIENTS * UPDATES_PER_CLIENT);
        assertThat(applied.get()).isPositive();
        assertThat(((Number) finalState.get("version")).intValue()).isEqualTo(applied.get());
        assertThat(appliedVersions).doesNotHaveDuplicates();
        assertThat(feedVersions).containsExactlyInAnyOrderElementsOf(appliedVersions).isSorted();
    }

    @Test
    void twentyWritersWithTheSameETagExactlyOneWins() throws Exception {
        UUID id = created(coordinator, aVolunteer());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(coordinator).header("If-Match", "\"0\"")
                            .body(aVolunteer().named("Racer " + client).build()).put("/api/volunteers/" + id)
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 412).hasSize(CLIENTS - 1);
        } finally {
            pool.shutdownNow();
        }
        as(coordinator).get("/api/volunteers/" + id).then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(1));
    }
}
