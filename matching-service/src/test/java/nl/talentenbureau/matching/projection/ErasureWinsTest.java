package nl.talentenbureau.matching.projection;

import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.follower.FollowedEvent;

/**
 * Erasure wins over an older snapshot: a replica that applies a page read before the erasure (or an operator who
 * retries an old quarantined event) after it never puts the erased volunteer back into the projection or the index.
 */
@QuarkusTest
class ErasureWinsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FeedFollowers followers;
    @Inject
    ProjectionWriter writer;
    @Inject
    ProjectionRepository projection;
    @Inject
    CurrentIndex index;

    @Test
    void anOlderPageReplayedAfterTheErasureLeavesTheVolunteerOut() throws Exception {
        VolunteerEvent volunteer = aVolunteer().inKern("rouveen").subject("erasure-wins");
        long registered = Feeds.volunteerEvent("VolunteerRegistered", volunteer);
        FollowedEvent older = event(registered, "VolunteerRegistered", volunteer);
        Feeds.volunteerEvent("VolunteerUpdated", volunteer.version(2).capacity(3));
        Feeds.volunteerErased(volunteer.id());
        followers.catchUp(Feeds.VOLUNTEERS);
        assertThat(version(volunteer.id())).isNull();

        // the older page, applied late as the follower applies a page: in its own transaction
        boolean changed = QuarkusTransaction.requiringNew().call(() -> writer.applyVolunteer(older));
        index.rebuild();

        assertThat(changed).isFalse();
        assertThat(version(volunteer.id())).as("the erased volunteer's projection row").isNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> projection.volunteerSnapshots()))
                .noneMatch(s -> s.contains(volunteer.id().toString()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> projection.erased(volunteer.id()))).isTrue();
    }

    /**
     * A follower that lags behind reads a volunteer's registration after volunteer-service erased them: the event is
     * then the bare id, and the erasure follows. Nothing is projected, nothing refused (a refusal stalled the feed
     * and set the event aside).
     */
    @Test
    void aRegistrationReadAfterItWasRedactedIsPassedOver() throws Exception {
        UUID id = UUID.randomUUID();
        FollowedEvent redacted = new FollowedEvent(1, "VolunteerRegistered", "volunteer", id.toString(),
                OffsetDateTime.now(), JSON.readTree("{\"id\":\"" + id + "\"}"));

        boolean changed = QuarkusTransaction.requiringNew().call(() -> writer.applyVolunteer(redacted));

        assertThat(changed).isFalse();
        assertThat(version(id)).as("a projection row of the redacted registration").isNull();
    }

    private Long version(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> projection.volunteerVersion(id).orElse(null));
    }

    private static FollowedEvent event(long seq, String type, VolunteerEvent snapshot) throws Exception {
        return new FollowedEvent(seq, type, "volunteer", snapshot.id().toString(), OffsetDateTime.now(),
                JSON.readTree(snapshot.json()));
    }
}
