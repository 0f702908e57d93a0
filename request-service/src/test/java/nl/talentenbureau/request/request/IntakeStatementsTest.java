package nl.talentenbureau.request.request;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.requester.Requester;

/**
 * What one intake costs the database: the request and its requester are inserted whole, not inserted and then
 * updated (Hibernate inserts what an entity holds at {@code persist}; fields set after it cost an update of the new
 * row), and the first answer is what the intake read back before its commit, not a second read of both.
 */
@QuarkusTest
class IntakeStatementsTest {

    @Inject
    SessionFactory sessions;

    @Test
    void aNewRequestIsInsertedWholeWithItsRequester() {
        String partner = Tokens.partner("statements-org");
        posted(partner, aRequest().withPhone("+31 6 33334444"));
        Statistics statistics = sessions.getStatistics();
        statistics.clear();

        posted(partner, aRequest().withPhone("+31 6 33335555"));

        assertThat(statistics.getEntityStatistics(HelpRequest.class.getName()).getInsertCount()).isEqualTo(1);
        assertThat(statistics.getEntityStatistics(HelpRequest.class.getName()).getUpdateCount()).isZero();
        assertThat(statistics.getEntityStatistics(Requester.class.getName()).getInsertCount()).isEqualTo(1);
        assertThat(statistics.getEntityStatistics(Requester.class.getName()).getUpdateCount()).isZero();
    }

    @Test
    void theFirstAnswerToAnIntakeWithAKeyReadsNothingBack() {
        // a coordinator of the organisation sees the requester in the answer (a partner app does not)
        String coordinator = Tokens.coordinator("statements-org");
        posted(coordinator, aRequest());
        Statistics statistics = sessions.getStatistics();
        statistics.clear();

        as(coordinator).header("Idempotency-Key", "statements-" + UUID.randomUUID())
                .body(aRequest().withPhone("+31 6 33336666").build()).post("/api/requests").then().statusCode(201)
                .body("requester.phone", equalTo("+31 6 33336666"));

        assertThat(statistics.getEntityStatistics(HelpRequest.class.getName()).getLoadCount()).isZero();
        assertThat(statistics.getEntityStatistics(Requester.class.getName()).getLoadCount()).isZero();
    }
}
