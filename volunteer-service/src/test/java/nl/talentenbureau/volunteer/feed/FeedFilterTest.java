package nl.talentenbureau.volunteer.feed;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
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
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.platform.feed.OutboxWriter;
import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

/** {@code ?aggregateType=}: only those events, and a {@code next} that moves past the others without skipping one. */
@QuarkusTest
class FeedFilterTest {

    private static final int WRITERS = 6;
    private static final int EVENTS_PER_WRITER = 400;

    @Inject
    OutboxWriter outbox;

    @Test
    void theFilterReturnsOnlyEventsOfTheRequestedTypes() {
        String wanted = aggregateType();
        String other = aggregateType();
        long cursor = Feed.head();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            write(other, i);
            expected.add(write(wanted, i));
            write(other, i);
        }

        List<Map<String, Object>> events = Feed.eventsAfter(cursor, wanted);

        assertThat(events).extracting(e -> e.get("aggregateType")).containsOnly(wanted);
        assertThat(events).extracting(e -> ((Number) e.get("seq")).longValue()).containsExactlyElementsOf(expected);
    }

    @Test
    void typesAreRepeatedOrCommaSeparated() {
        String a = aggregateType();
        String b = aggregateType();
        String c = aggregateType();
        long cursor = Feed.head();
        long first = write(a, 0);
        long second = write(b, 0);
        write(c, 0);

        for (JsonPath page : List.of(page(cursor, 100, a, b), page(cursor, 100, a + "," + b),
                page(cursor, 100, " " + a + " ,, " + b + ","))) {
            assertThat(page.getList("events.seq", Long.class)).containsExactly(first, second);
        }
    }

    @Test
    void theCatalogueFilterReturnsOnlyCatalogueEvents() {
        List<Map<String, Object>> events = Feed.eventsAfter(0, "catalog");
        assertThat(events).isNotEmpty().extracting(e -> e.get("aggregateType")).containsOnly("catalog");
        assertThat(events).extracting(e -> e.get("aggregateId")).contains("kern:breukelen", "theme:digital",
                "talent:driving", "training:first-aid");
    }

    @Test
    void nextMovesPastEventsThatWereFilteredOut() {
        String wanted = aggregateType();
        String other = aggregateType();
        long cursor = Feed.head();
        write(other, 0);
        long lastOther = write(other, 1);

        JsonPath empty = page(cursor, 100, wanted);
        assertThat(empty.getList("events")).isEmpty();
        assertThat(empty.getLong("next")).isGreaterThanOrEqualTo(lastOther);

        long mine = write(wanted, 0);
        JsonPath page = page(empty.getLong("next"), 100, wanted);
        assertThat(page.getList("events.seq", Long.class)).containsExactly(mine);
        assertThat(page.getLong("next")).isGreaterThanOrEqualTo(mine);
    }

    @Test
    void aFullPageEndsAtItsLastEventSoTheRestFollows() {
        String wanted = aggregateType();
        String other = aggregateType();
        long cursor = Feed.head();
        long first = write(wanted, 0);
        write(other, 0);
        long second = write(wanted, 1);
        write(other, 1);
        long third = write(wanted, 2);

        JsonPath full = page(cursor, 2, wanted);
        assertThat(full.getList("events.seq", Long.class)).containsExactly(first, second);
        assertThat(full.getLong("next")).isEqualTo(second);
        JsonPath rest = page(full.getLong("next"), 2, wanted);
        assertThat(rest.getList("events.seq", Long.class)).containsExactly(third);
    }

    @Test
    void aFilteredLongPollWaitsForAnEventOfItsType() throws Exception {
        String wanted = aggregateType();
        String other = aggregateType();
        long cursor = Feed.head();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<JsonPath> waiting = executor.submit(() -> as(Tokens.service()).queryParam("after", cursor)
                    .queryParam("aggregateType", wanted).queryParam("waitSeconds", 10).get("/internal/events")
                    .then().statusCode(200).extract().jsonPath());
            Thread.sleep(400);
            write(other, 0);
            Thread.sleep(600);
            assertThat(waiting).as("an event of another type does not end the wait").isNotDone();
            long mine = write(wanted, 0);
            JsonPath page = waiting.get();
            assertThat(page.getList("events.seq", Long.class)).containsExactly(mine);
            assertThat(page.getLong("next")).isGreaterThanOrEqualTo(mine);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFilteredLongPollThatTimesOutStillMovesPastOtherEvents() {
        String wanted = aggregateType();
        long cursor = Feed.head();
        long other = write(aggregateType(), 0);
        JsonPath page = as(Tokens.service()).queryParam("after", cursor).queryParam("aggregateType", wanted)
                .queryParam("waitSeconds", 1).get("/internal/events").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("events")).isEmpty();
        assertThat(page.getLong("next")).isGreaterThanOrEqualTo(other);
    }

    @Test
    void aggregateTypesAreChecked() {
        problem(as(Tokens.service()).queryParam("aggregateType", "x".repeat(101)).get("/internal/events").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("aggregateType"));
        String many = String.join(",", IntStream.range(0, 21).mapToObj(i -> "t" + i).toList());
        problem(as(Tokens.service()).queryParam("aggregateType", many).get("/internal/events").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("aggregateType"));
    }

    /**
     * Writers commit transactions of one to four events, each of the wanted type or another one, some lingering
     * after their insert, while a consumer reads only the wanted type in small pages. It must get every wanted event,
     * in order, once: the filter may move {@code next} past other events, never past one of its own.
     */
    @Test
    void aFilteredConsumerNeverSkipsAnEventOfItsType() throws Exception {
        String wanted = aggregateType();
        String other = aggregateType();
        long cursor = Feed.head();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<List<Map<String, Object>>> consumer = pool.submit(() -> consume(wanted, cursor, writing));
            List<Future<Integer>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> writeMixed(wanted, other, writer)));
            }
            int written = 0;
            for (Future<Integer> writer : writers) {
                written += writer.get();
            }
            writing.set(false);
            List<Map<String, Object>> read = consumer.get();

            Set<Object> ids = new HashSet<>();
            long previousSeq = cursor;
            for (Map<String, Object> event : read) {
                assertThat(event.get("aggregateType")).isEqualTo(wanted);
                long seq = ((Number) event.get("seq")).longValue();
                assertThat(seq).as("seq order").isGreaterThan(previousSeq);
                previousSeq = seq;
                assertThat(ids.add(event.get("id"))).as("no event read twice").isTrue();
            }
            Log.infof("filtered feed test: %d of %d events of the wanted type read by a filtered consumer, %d missing",
                    read.size(), written, written - read.size());
            assertThat(read).hasSize(written);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes events of both types; answers how many of the wanted type it wrote. */
    private int writeMixed(String wanted, String other, int writer) {
        int counter = 0;
        int ofWantedType = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (counter < EVENTS_PER_WRITER) {
            int batch = Math.min(1 + random.nextInt(4), EVENTS_PER_WRITER - counter);
            List<String> types = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                types.add(random.nextInt(3) == 0 ? wanted : other);
            }
            boolean linger = random.nextInt(10) == 0;
            QuarkusTransaction.requiringNew().run(() -> {
                for (String type : types) {
                    outbox.append(type, writer, "TestEvent", () -> Map.of("writer", writer));
                }
                if (linger) {
                    sleep(Duration.ofMillis(3));
                }
            });
            ofWantedType += (int) types.stream().filter(wanted::equals).count();
            counter += batch;
        }
        return ofWantedType;
    }

    private static List<Map<String, Object>> consume(String wanted, long start, AtomicBoolean writing) {
        List<Map<String, Object>> read = new ArrayList<>();
        long cursor = start;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            boolean stillWriting = writing.get();
            JsonPath page = page(cursor, 7, wanted);
            List<Map<String, Object>> events = page.getList("events");
            read.addAll(events);
            long next = page.getLong("next");
            assertThat(next).as("next never moves back").isGreaterThanOrEqualTo(cursor);
            cursor = next;
            if (events.isEmpty() && !stillWriting) {
                return read;
            }
        }
        return read;
    }

    private static JsonPath page(long after, int limit, String... aggregateTypes) {
        return as(Tokens.service()).queryParam("after", after).queryParam("limit", limit)
                .queryParam("aggregateType", List.of(aggregateTypes)).get("/internal/events").then().statusCode(200)
                .extract().jsonPath();
    }

    /** Appends one event in its own transaction; answers its seq. */
    private long write(String aggregateType, int counter) {
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.append(aggregateType, counter, "TestEvent", () -> Map.of("counter", counter)));
        List<Map<String, Object>> mine = Feed.eventsAfter(0, aggregateType);
        return ((Number) mine.getLast().get("seq")).longValue();
    }

    private static String aggregateType() {
        return "filter-test-" + UUID.randomUUID();
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
