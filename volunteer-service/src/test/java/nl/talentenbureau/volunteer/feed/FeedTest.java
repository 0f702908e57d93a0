package nl.talentenbureau.volunteer.feed;

import static nl.talentenbureau.volunteer.support.Api.anonymous;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.platform.feed.OutboxWriter;
import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class FeedTest {

    private static final int WRITERS = 8;
    private static final int EVENTS_PER_WRITER = 1_250;

    @Inject
    OutboxWriter outbox;

    @Test
    void feedIsForServicesOnly() {
        as(Tokens.service()).get("/internal/events").then().statusCode(200);
        for (String token : new String[]{Tokens.coordinator("kwadraad"), Tokens.volunteer("v"),
                Tokens.partner("kwadraad"), Tokens.admin()}) {
            problem(as(token).get("/internal/events").then(), 403, "forbidden");
        }
        problem(anonymous().get("/internal/events").then(), 401, "unauthenticated");
        problem(as(Tokens.service()).queryParam("limit", 0).get("/internal/events").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("limit"));
        problem(as(Tokens.service()).queryParam("after", -1).get("/internal/events").then(), 400,
                "validation-failed");
    }

    @Test
    void eventsCarryWhatMatchingNeedsAndNoContactDetails() {
        long cursor = Feed.head();
        String name = "Contact " + UUID.randomUUID();
        String email = "unique-" + UUID.randomUUID() + "@example.org";
        String phone = "+31 6 " + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        UUID id = created(Tokens.coordinator("kwadraad"), aVolunteer().named(name).with("email", email)
                .with("phone", phone).inKern("nigtevecht").withTalent("driving", 3).availableIn("MON_MORNING"));

        String raw = Feed.rawPageAfter(cursor);
        assertThat(raw).doesNotContain(name).doesNotContain(email).doesNotContain(phone);
        Map<String, Object> event = Feed.eventsAfter(cursor).stream()
                .filter(e -> id.toString().equals(e.get("aggregateId"))).findFirst().orElseThrow();
        assertThat(event.get("type")).isEqualTo("VolunteerRegistered");
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) event.get("payload");
        assertThat(payload).containsEntry("homeKern", "nigtevecht").containsEntry("availability", 1)
                .containsEntry("status", "APPLIED").containsEntry("capacity", 2)
                .doesNotContainKeys("name", "email", "phone");
        assertThat(payload.get("talents")).isEqualTo(Map.of("driving", 3));
    }

    @Test
    void aSelfRegisteredVolunteerCarriesTheirAccountSoMatchingCanShowThemTheirOffers() {
        long cursor = Feed.head();
        String subject = "volunteer-" + UUID.randomUUID();
        as(Tokens.volunteer(subject)).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then()
                .statusCode(201);
        Map<?, ?> payload = (Map<?, ?>) Feed.eventsAfter(cursor).getLast().get("payload");
        assertThat(payload.get("subject")).isEqualTo(subject);
    }

    @Test
    void everyChangeIsOneEventInCommitOrder() {
        String coordinator = Tokens.coordinator("kwadraad");
        long cursor = Feed.head();
        UUID id = created(coordinator, aVolunteer());
        as(coordinator).body(Map.of("status", "INTAKE")).post("/api/volunteers/" + id + "/status").then()
                .statusCode(200);
        as(coordinator).body(Map.of("issuedOn", "2026-01-05")).put("/api/volunteers/" + id + "/vog").then()
                .statusCode(200);
        as(coordinator).header("If-Match", "\"2\"").body(aVolunteer().build()).put("/api/volunteers/" + id).then()
                .statusCode(200);
        List<Map<String, Object>> mine = Feed.eventsAfter(cursor).stream()
                .filter(e -> id.toString().equals(e.get("aggregateId"))).toList();
        assertThat(mine).extracting(e -> e.get("type")).containsExactly("VolunteerRegistered",
                "VolunteerStatusChanged", "VolunteerScreeningChanged", "VolunteerUpdated");
        assertThat(mine).extracting(e -> (Object) ((Map<?, ?>) e.get("payload")).get("version")).containsExactly(0, 1,
                2, 3);
        assertThat(((Map<?, ?>) mine.get(2).get("payload")).get("vogValidUntil")).isEqualTo("2029-01-04");
    }

    @Test
    void longPollWaitsForTheNextEvent() throws Exception {
        long cursor = Feed.head();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<JsonPath> waiting = executor.submit(() -> as(Tokens.service()).queryParam("after", cursor)
                    .queryParam("waitSeconds", 10).get("/internal/events").then().statusCode(200).extract()
                    .jsonPath());
            Thread.sleep(500);
            UUID id = created(Tokens.coordinator("kwadraad"), aVolunteer());
            JsonPath page = waiting.get();
            assertThat(page.getList("events.aggregateId")).contains(id.toString());
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * Eight writers commit transactions of one to four events while a consumer reads the feed over HTTP at the
     * same time. Some transactions stay open a little after writing their event, which is exactly when a naive
     * sequence would let the consumer step past them.
     */
    @Test
    void parallelWritersAreReadInOrderWithNoneMissing() throws Exception {
        String aggregate = "feed-test-" + UUID.randomUUID();
        long cursor = Feed.head();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<List<Map<String, Object>>> consumer = pool.submit(() -> consume(aggregate, cursor, writing));
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> write(aggregate, writer)));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            List<Map<String, Object>> read = consumer.get();

            Set<Object> ids = new HashSet<>();
            Map<Object, Integer> lastPerWriter = new HashMap<>();
            long previousSeq = cursor;
            for (Map<String, Object> event : read) {
                long seq = ((Number) event.get("seq")).longValue();
                assertThat(seq).as("seq order").isGreaterThan(previousSeq);
                previousSeq = seq;
                assertThat(ids.add(event.get("id"))).as("no event read twice").isTrue();
                Map<?, ?> payload = (Map<?, ?>) event.get("payload");
                int counter = ((Number) payload.get("counter")).intValue();
                Integer last = lastPerWriter.put(payload.get("writer"), counter);
                assertThat(counter).as("each writer's events in its own order").isEqualTo(last == null ? 0 : last + 1);
            }
            Log.infof("feed test: %d events from %d writers read in order by a concurrent consumer, %d missing",
                    read.size(), WRITERS, WRITERS * EVENTS_PER_WRITER - read.size());
            assertThat(read).hasSize(WRITERS * EVENTS_PER_WRITER);
        } finally {
            pool.shutdownNow();
        }
    }

    private void write(String aggregate, int writer) {
        int counter = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (counter < EVENTS_PER_WRITER) {
            int batch = Math.min(1 + random.nextInt(4), EVENTS_PER_WRITER - counter);
            int first = counter;
            boolean linger = random.nextInt(10) == 0;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < batch; i++) {
                    int value = first + i;
                    outbox.append(aggregate, writer, "TestEvent", () -> Map.of("writer", writer, "counter", value));
                }
                if (linger) {
                    sleep(Duration.ofMillis(3));
                }
            });
            counter += batch;
        }
    }

    /** A consumer: reads pages after its cursor and moves the cursor to `next`, never back. */
    private static List<Map<String, Object>> consume(String aggregate, long start, AtomicBoolean writing) {
        List<Map<String, Object>> read = new ArrayList<>();
        long cursor = start;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            boolean stillWriting = writing.get();
            JsonPath page = as(Tokens.service()).queryParam("after", cursor).queryParam("limit", 500)
                    .get("/internal/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> events = page.getList("events");
            events.stream().filter(e -> aggregate.equals(e.get("aggregateType"))).forEach(read::add);
            cursor = page.getLong("next");
            if (events.isEmpty() && !stillWriting) {
                return read;
            }
        }
        return read;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
