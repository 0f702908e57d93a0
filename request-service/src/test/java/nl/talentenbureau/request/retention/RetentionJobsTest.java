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

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class RetentionJobsTest {

    private final String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = Tokens.partner(org);
    private final String coordinator = Tokens.coordinator(org);

    @Inject
    RetentionJobs jobs;

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
    void anOpenRequestKeepsItsRequestersData() {
        UUID id = posted(partner, aRequest().withPhone("+31 6 99990000"));

        jobs.eraseExpiredPersonalData(OffsetDateTime.now().plusYears(5));

        as(coordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("requester.phone", equalTo("+31 6 99990000"));
    }
}
