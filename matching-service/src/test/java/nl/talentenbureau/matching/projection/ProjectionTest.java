package nl.talentenbureau.matching.projection;

import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.matching.engine.VolunteerIndex;
import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.follower.FeedUnreachable;

/**
 * The projection follows the stub feeds: events applied idempotently, the cursor stored with them, erasure purges.
 * Volunteers here live in Stichtse Vecht and travel at most 5 km, out of reach of the other tests' requests.
 */
@QuarkusTest
class ProjectionTest {

    @Inject
    FeedFollowers followers;

    @Inject
    ProjectionRepository projection;

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentIndex index;

    @Test
    void aRegisteredVolunteerIsProjectedAndIndexed() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);

        followers.catchUp(Feeds.VOLUNTEERS);

        assertThat(versionOf(volunteer.id())).contains(1L);
        assertThat(indexed(volunteer.id())).isTrue();
    }

    @Test
    void theCursorIsStoredWithTheEventsAndTheNextPollAsksAfterIt() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        long seq = Feeds.volunteerEvent("VolunteerRegistered", volunteer);

        followers.catchUp(Feeds.VOLUNTEERS);

        long stored = cursor(Feed.VOLUNTEERS);
        assertThat(stored).isGreaterThanOrEqualTo(seq);
        followers.catchUp(Feeds.VOLUNTEERS);
        assertThat(Feeds.lastAfter(Feeds.VOLUNTEERS)).isEqualTo(stored);
    }

    @Test
    void anIndexBuiltFromTheProjectionAloneHoldsWhatWasApplied() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);
        followers.catchUp(Feeds.VOLUNTEERS);

        // what start-up does after a restart: the index from the stored rows, no feed involved
        VolunteerIndex rebuilt = index.rebuild();

        assertThat(positionOf(rebuilt, volunteer.id())).isNotNegative();
    }

    @Test
    void howAVolunteerIsReachedIsStoredAndOlderEventsWithoutItGetTheContractsDefault() {
        VolunteerEvent email = aVolunteer().inKern("kockengen").travelling(5).subject("reach-email").reachBy("EMAIL");
        VolunteerEvent phone = aVolunteer().inKern("kockengen").travelling(5).subject("reach-phone").reachBy("PHONE");
        VolunteerEvent oldWithAccount = aVolunteer().inKern("kockengen").travelling(5).subject("reach-old");
        VolunteerEvent oldWithout = aVolunteer().inKern("kockengen").travelling(5);
        for (VolunteerEvent v : new VolunteerEvent[]{email, phone, oldWithAccount, oldWithout}) {
            Feeds.volunteerEvent("VolunteerRegistered", v);
        }
        followers.catchUp(Feeds.VOLUNTEERS);

        assertThat(projection.volunteerReachBy(email.id())).contains("EMAIL");
        assertThat(projection.volunteerReachBy(phone.id())).contains("PHONE");
        assertThat(projection.volunteerReachBy(oldWithAccount.id())).as("no reachBy, an account").contains("EMAIL");
        assertThat(projection.volunteerReachBy(oldWithout.id())).as("no reachBy, no account").contains("PHONE");

        // the volunteer chooses "call me"; an older event arriving late changes nothing
        Feeds.volunteerEvent("VolunteerUpdated", email.version(2).reachBy("PHONE"));
        Feeds.volunteerEvent("VolunteerUpdated", email.version(1).reachBy("EMAIL"));
        followers.catchUp(Feeds.VOLUNTEERS);
        assertThat(projection.volunteerReachBy(email.id())).contains("PHONE");
    }

    @Test
    void anOlderVersionIsIgnored() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer.version(3));
        Feeds.volunteerEvent("VolunteerUpdated", volunteer.version(2).inKern("vreeland"));

        followers.catchUp(Feeds.VOLUNTEERS);

        assertThat(versionOf(volunteer.id())).contains(3L);
    }

    @Test
    void readingTheSamePageTwiceGivesTheSameState() {
        followers.catchUp(Feeds.VOLUNTEERS);
        long before = cursor(Feed.VOLUNTEERS);
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);
        Feeds.volunteerEvent("VolunteerStatusChanged", volunteer.version(2).status("PAUSED"));
        assertThat(followers.catchUp(Feeds.VOLUNTEERS)).isPositive();
        long after = cursor(Feed.VOLUNTEERS);

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update feed_cursor set position = ?2 where feed = ?1")
                .setParameter(1, Feed.VOLUNTEERS.key()).setParameter(2, before).executeUpdate());
        assertThat(followers.catchUp(Feeds.VOLUNTEERS)).as("the same events again").isPositive();

        assertThat(versionOf(volunteer.id())).contains(2L);
        assertThat(cursor(Feed.VOLUNTEERS)).isEqualTo(after);
    }

    @Test
    void erasurePurgesTheRowAndTheIndexEntry() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);
        followers.catchUp(Feeds.VOLUNTEERS);
        assertThat(indexed(volunteer.id())).isTrue();

        Feeds.volunteerErased(volunteer.id());
        followers.catchUp(Feeds.VOLUNTEERS);

        assertThat(versionOf(volunteer.id())).isEmpty();
        assertThat(indexed(volunteer.id())).isFalse();
    }

    @Test
    void aVolunteerWithoutConsentIsProjectedButNotIndexed() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5).withoutConsent();
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);

        followers.catchUp(Feeds.VOLUNTEERS);

        assertThat(versionOf(volunteer.id())).contains(1L);
        assertThat(indexed(volunteer.id())).isFalse();
    }

    @Test
    void requestEventsKeepTheLatestStatus() {
        var request = anOpenRequest("projection-test-org").inKern("kockengen");
        Feeds.requestEvent("RequestOpened", request);
        Feeds.requestEvent("RequestCancelled", request.version(2).status("CANCELLED"));

        followers.catchUp(Feeds.REQUESTS);

        Optional<String> stored = QuarkusTransaction.requiringNew().call(() -> projection
                .requestSnapshot(request.id()));
        assertThat(stored).hasValueSatisfying(json -> assertThat(json).contains("CANCELLED"));
    }

    @Test
    void anUnreachableFeedLeavesTheCursorWhereItWas() {
        followers.catchUp(Feeds.REQUESTS);
        long before = cursor(Feed.REQUESTS);
        Feeds.requestEvent("RequestOpened", anOpenRequest("projection-test-org").inKern("kockengen"));
        Feeds.down(Feeds.REQUESTS, true);
        try {
            assertThatThrownBy(() -> followers.catchUp(Feeds.REQUESTS)).isInstanceOf(FeedUnreachable.class);
            assertThat(cursor(Feed.REQUESTS))
                    .isEqualTo(before);
        } finally {
            Feeds.down(Feeds.REQUESTS, false);
        }
        assertThat(followers.catchUp(Feeds.REQUESTS)).isPositive();
    }

    private long cursor(Feed feed) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select position from feed_cursor where feed = ?1").setParameter(1, feed.key())
                .getSingleResult()).longValue());
    }

    private Optional<Long> versionOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> projection.volunteerVersion(id));
    }

    private boolean indexed(UUID id) {
        return positionOf(index.index(), id) >= 0;
    }

    private static int positionOf(VolunteerIndex index, UUID id) {
        for (int position = 0; position < index.size(); position++) {
            if (index.id(position).equals(id)) {
                return position;
            }
        }
        return -1;
    }
}
