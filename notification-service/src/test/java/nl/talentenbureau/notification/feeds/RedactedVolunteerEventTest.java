package nl.talentenbureau.notification.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.notification.followed.Followed;
import nl.talentenbureau.notification.support.Events;
import nl.talentenbureau.platform.follower.FeedFollowers;

/**
 * volunteer-service replaces every earlier event of an erased volunteer by the bare id. This service follows behind:
 * it can read such a registration before the erasure that follows it. It passes it over and goes on, instead of
 * refusing it five times and setting it aside, which held the feed up for every later volunteer meanwhile.
 */
@QuarkusTest
class RedactedVolunteerEventTest {

    @Inject
    FeedFollowers followers;
    @Inject
    Followed followed;

    @Test
    void aRegistrationReadAfterTheErasureIsPassedOverAndTheFeedGoesOn() {
        UUID erased = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        long quarantinedBefore = followers.quarantinedCount(VolunteerFeedConsumer.FEED);
        Events.redacted(erased, "VolunteerRegistered");
        Events.volunteer(next, 1, "sub-" + next, "redacted-org", null, Map.of(), "EMAIL");
        Events.erased(erased);

        followers.catchUp(VolunteerFeedConsumer.FEED);

        assertThat(QuarkusTransaction.requiringNew().call(() -> followed.volunteer(next)))
                .as("the volunteer after the redacted event").isPresent();
        assertThat(QuarkusTransaction.requiringNew().call(() -> followed.volunteer(erased))).isEmpty();
        assertThat(followers.quarantinedCount(VolunteerFeedConsumer.FEED)).isEqualTo(quarantinedBefore);
    }
}
