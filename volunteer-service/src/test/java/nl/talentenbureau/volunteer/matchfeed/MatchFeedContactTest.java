package nl.talentenbureau.volunteer.matchfeed;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.follower.FollowedEvent;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * A coordinator of an organisation with a proposed or live match with a volunteer sees the volunteer's contact details
 * (the call list in matching-service asks for them with the coordinator's token); when the match is over, no longer.
 * The events are applied as the platform follower would (one transaction per page), from payloads shaped like
 * matching-service's {@code MatchEvent}.
 */
@QuarkusTest
class MatchFeedContactTest {

    private static final AtomicLong SEQ = new AtomicLong(1_000_000);

    private final String home = "mf-home-" + UUID.randomUUID().toString().substring(0, 8);
    private final String matcher = "mf-match-" + UUID.randomUUID().toString().substring(0, 8);
    private final String matcherCoordinator = Tokens.coordinator(matcher);

    @Inject
    MatchFeedConsumer consumer;
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager entityManager;

    @Test
    void aProposedOrLiveMatchOpensContactDetailsToItsOrganisationUntilItIsOver() {
        UUID volunteer = created(Tokens.coordinator(home), aVolunteer().with("email", "greet@example.org"));
        UUID match = UUID.randomUUID();
        as(matcherCoordinator).get("/api/volunteers/" + volunteer).then().body("email", nullValue());

        apply("MatchProposed", match, 1, volunteer, matcher, "PROPOSED");
        as(matcherCoordinator).get("/api/volunteers/" + volunteer).then()
                .body("email", equalTo("greet@example.org")).body("contactWithheld", equalTo(false));
        as(matcherCoordinator).queryParam("id", volunteer.toString()).get("/api/volunteers").then()
                .body("items[0].phone", equalTo("+31 6 12345678"));

        apply("MatchAccepted", match, 2, volunteer, matcher, "ACCEPTED");
        apply("MatchActivated", match, 3, volunteer, matcher, "ACTIVE");
        as(matcherCoordinator).get("/api/volunteers/" + volunteer).then().body("email", equalTo("greet@example.org"));
        // a third organisation's coordinator still sees none
        as(Tokens.coordinator("mf-third")).get("/api/volunteers/" + volunteer).then().body("email", nullValue());

        apply("MatchEnded", match, 4, volunteer, matcher, "ENDED");
        as(matcherCoordinator).get("/api/volunteers/" + volunteer).then().body("email", nullValue())
                .body("contactWithheld", equalTo(true));
        as(matcherCoordinator).queryParam("id", volunteer.toString()).get("/api/volunteers").then()
                .body("items[0]", not(hasKey("phone")));
    }

    @Test
    void aLateOlderEventDoesNotReopenContactDetails() {
        UUID volunteer = created(Tokens.coordinator(home), aVolunteer());
        UUID match = UUID.randomUUID();
        apply("MatchProposed", match, 1, volunteer, matcher, "PROPOSED");
        apply("MatchDeclined", match, 2, volunteer, matcher, "DECLINED");
        apply("MatchProposed", match, 1, volunteer, matcher, "PROPOSED");

        as(matcherCoordinator).get("/api/volunteers/" + volunteer).then().body("email", nullValue());
    }

    @Test
    void nothingOfAnErasedVolunteerIsKeptOrComesBack() {
        UUID volunteer = created(Tokens.coordinator(home), aVolunteer());
        UUID match = UUID.randomUUID();
        apply("MatchProposed", match, 1, volunteer, matcher, "PROPOSED");
        as(Tokens.admin()).delete("/api/volunteers/" + volunteer).then().statusCode(204);
        assertThat(links(volunteer)).isZero();

        apply("MatchWithdrawn", match, 2, volunteer, matcher, "WITHDRAWN");
        apply("MatchProposed", UUID.randomUUID(), 1, volunteer, matcher, "PROPOSED");
        assertThat(links(volunteer)).isZero();
    }

    @Test
    void anIncompleteEventIsRefusedSoTheFollowerQuarantinesIt() {
        ObjectNode payload = json.createObjectNode().put("matchId", UUID.randomUUID().toString()).put("version", 1);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> consumer.apply(
                new FollowedEvent(SEQ.incrementAndGet(), "MatchProposed", "match", "x", OffsetDateTime.now(),
                        payload))))
                .hasMessageContaining("incomplete MatchProposed");
    }

    private void apply(String type, UUID match, long version, UUID volunteer, String organisation, String status) {
        ObjectNode payload = json.createObjectNode()
                .put("matchId", match.toString()).put("version", version)
                .put("requestId", UUID.randomUUID().toString()).put("volunteerId", volunteer.toString())
                .putNull("volunteerSubject").put("organisation", organisation).put("status", status)
                .put("hoursLogged", 0).put("at", "2026-11-26T10:15:00Z")
                .put("answerDeadline", "2026-11-29T10:15:00Z").put("automatic", false).putNull("answerChannel");
        FollowedEvent event = new FollowedEvent(SEQ.incrementAndGet(), type, "match", match.toString(),
                OffsetDateTime.now(), payload);
        QuarkusTransaction.requiringNew().run(() -> consumer.apply(event));
    }

    private long links(UUID volunteer) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from match_link where volunteer_id = ?1")
                .setParameter(1, volunteer).getSingleResult()).longValue());
    }
}
