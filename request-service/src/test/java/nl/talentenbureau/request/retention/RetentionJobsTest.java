package nl.talentenbureau.request.retention;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.Api.step;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.RequestConfig;

@QuarkusTest
class RetentionJobsTest {

    private final String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = Tokens.partner(org);
    private final String coordinator = Tokens.coordinator(org);

    @Inject
    RetentionJobs jobs;

    @Inject
    RequestConfig config;

    @Inject
    EntityManager entityManager;

    @Test
    void aRequestPastItsDueDateExpiresAndTheFeedSaysSo() {
        UUID due = posted(partner, aRequest().dueOn(LocalDate.now().minusDays(1)));
        UUID notYet = posted(partner, aRequest().dueOn(LocalDate.now().plusDays(10)));
        long cursor = Feed.head();

        jobs.expireDue(LocalDate.now(), OffsetDateTime.now());

        as(coordinator).get("/api/requests/" + due).then().statusCode(200).body("status", equalTo("EXPIRED"))
                .body("endedAt", notNullValue());
        as(coordinator).get("/api/requests/" + notYet).then().statusCode(200).body("status", equalTo("OPEN"));
        List<Map<String, Object>> events = Feed.eventsAfter(cursor);
        assertThat(events).anySatisfy(event -> {
            assertThat(event.get("aggregateId")).isEqualTo(due.toString());
            assertThat(event.get("type")).isEqualTo("RequestExpired");
        });
    }

    @Test
    void anOpenRequestOlderThanTheMaximumAgeExpiresWithoutADueDate() {
        UUID id = posted(partner, aRequest().dueOn(null));

        jobs.expireDue(LocalDate.now(), OffsetDateTime.now().plusDays(91));

        as(coordinator).get("/api/requests/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
    }

    @Test
    void aRequestInProgressDoesNotExpire() {
        UUID id = posted(partner, aRequest().dueOn(LocalDate.now().minusDays(1)));
        step(coordinator, id, "MATCHED");
        step(coordinator, id, "IN_PROGRESS");

        jobs.expireDue(LocalDate.now(), OffsetDateTime.now());

        as(coordinator).get("/api/requests/" + id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void theRequestersDataIsErasedNinetyDaysAfterTheRequestEndedAndTheRequestStays() {
        UUID id = posted(partner, aRequest().withPhone("+31 6 77778888"));
        step(coordinator, id, "CANCELLED");

        jobs.eraseExpiredPersonalData(OffsetDateTime.now().plusDays(89));
        as(coordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("requester.phone", equalTo("+31 6 77778888"));

        jobs.eraseExpiredPersonalData(OffsetDateTime.now().plusDays(91));
        as(coordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("requester.phone", nullValue())
                .body("requester.addressLine", nullValue())
                .body("requester.erasedAt", notNullValue());
    }

    @Test
    void retentionAlsoErasesTheTitleAndDescriptionHereAndInTheFeed() {
        String canary = "Canary-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = posted(partner, aRequest().with("title", canary + " title").with("description", canary));
        step(coordinator, id, "CANCELLED");

        jobs.eraseExpiredPersonalData(OffsetDateTime.now().plusDays(91));

        as(coordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("title", equalTo("(erased)")).body("description", nullValue());
        assertThat(Feed.eventsAfter(0)).noneSatisfy(event -> assertThat(event.toString()).contains(canary));
    }

    /** Issue 12: IN_PROGRESS never ends by itself, so its requester's data was kept for ever. */
    @Test
    void anInProgressRequestIdleLongerThanTheIdlePeriodLosesItsRequestersData() {
        UUID id = posted(partner, aRequest().withPhone("+31 6 55554444"));
        step(coordinator, id, "MATCHED");
        step(coordinator, id, "IN_PROGRESS");
        OffsetDateTime idleEnd = OffsetDateTime.now().plus(config.retention().idleAfter());

        jobs.eraseExpiredPersonalData(idleEnd.minusDays(1));
        as(coordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("requester.phone", equalTo("+31 6 55554444"));

        // after the idle period, counted from the last step and from the schedule's day (two weeks ahead)
        jobs.eraseExpiredPersonalData(idleEnd.plusDays(30));
        as(coordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("requester.phone", nullValue())
                .body("requester.erasedAt", notNullValue());
    }

    @Test
    void anInProgressRequestIsKeptUntilTheIdlePeriodAfterItsScheduleEnded() {
        LocalDate lastDay = LocalDate.now().plusYears(2);
        UUID id = posted(partner, aRequest().withPhone("+31 6 55553333")
                .with("schedule", Map.of("type", "ONE_OFF", "date", lastDay.toString(), "dayParts", List.of("MORNING")))
                .dueOn(null));
        step(coordinator, id, "MATCHED");
        step(coordinator, id, "IN_PROGRESS");

        jobs.eraseExpiredPersonalData(OffsetDateTime.now().plus(config.retention().idleAfter()).plusDays(1));
        as(coordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("requester.phone", equalTo("+31 6 55553333"));

        jobs.eraseExpiredPersonalData(lastDay.atStartOfDay().atOffset(java.time.ZoneOffset.UTC)
                .plus(config.retention().idleAfter()).plusDays(2));
        as(coordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("requester.phone", nullValue());
    }

    /**
     * The test profile's batch is 3 requests: a run over 7 finishes them all, and PostgreSQL's {@code xmin} (the
     * transaction that wrote a row) shows that no transaction erased more than one batch.
     */
    @Test
    void aRunOverMoreRequestsThanOneBatchErasesThemAllOneBoundedTransactionPerBatch() {
        int batchSize = config.retention().batchSize();
        List<UUID> ids = IntStream.range(0, 2 * batchSize + 1).mapToObj(i -> {
            UUID id = posted(partner, aRequest());
            step(coordinator, id, "CANCELLED");
            return id;
        }).toList();
        long cursor = Feed.head();

        jobs.eraseExpiredPersonalData(OffsetDateTime.now().plusDays(91));

        Map<String, Long> erasedPerTransaction = erasedRequestersPerTransaction(ids);
        assertThat(erasedPerTransaction.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ids.size());
        assertThat(erasedPerTransaction).hasSizeGreaterThanOrEqualTo(3);
        assertThat(erasedPerTransaction.values()).allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(batchSize));
        // the key is forgotten in the same transaction as the data, and the feed says so for each request
        for (UUID id : ids) {
            assertThat(xminOf("help_request", "id", id)).isEqualTo(xminOf("requester", "request_id", id));
        }
        assertThat(Feed.eventsAfter(cursor)).filteredOn(e -> "RequestUpdated".equals(e.get("type")))
                .extracting(e -> UUID.fromString((String) e.get("aggregateId")))
                .containsAll(ids);
    }

    @Test
    void anOpenRequestKeepsItsRequestersData() {
        UUID id = posted(partner, aRequest().withPhone("+31 6 99990000"));

        jobs.eraseExpiredPersonalData(OffsetDateTime.now().plusYears(5));

        as(coordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("requester.phone", equalTo("+31 6 99990000"));
    }

    /** Erased requester rows of these requests, counted per writing transaction. */
    private Map<String, Long> erasedRequestersPerTransaction(List<UUID> ids) {
        String in = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select cast(xmin as text), count(*) from requester"
                + " where erased_at is not null and request_id in (" + in + ") group by cast(xmin as text)")
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    private String xminOf(String table, String idColumn, UUID id) {
        return (String) entityManager
                .createNativeQuery("select cast(xmin as text) from " + table + " where " + idColumn + " = ?1")
                .setParameter(1, id).getSingleResult();
    }
}
