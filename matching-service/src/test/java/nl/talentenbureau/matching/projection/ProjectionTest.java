package nl.talentenbureau.matching.projection;

import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.matching.engine.VolunteerIndex;
import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.VolunteerEvent;

/**
 * The projection follows the stub feeds: events applied idempotently, the cursor stored with them, erasure purges.
 * Volunteers here live in Stichtse Vecht and travel at most 5 km, out of reach of the other tests' requests.
 */
@QuarkusTest
class ProjectionTest {

    @Inject
    FeedPoller poller;

    @Inject
    ProjectionRepository projection;

    @Inject
    FeedCursorRepository cursors;

    @Inject
    CurrentIndex index;

    @Test
    void aRegisteredVolunteerIsProjectedAndIndexed() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);

        poller.pollVolunteers();

        assertThat(versionOf(volunteer.id())).contains(1L);
        assertThat(indexed(volunteer.id())).isTrue();
    }

    @Test
    void theCursorIsStoredWithTheEventsAndTheNextPollAsksAfterIt() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        long seq = Feeds.volunteerEvent("VolunteerRegistered", volunteer);

        poller.pollVolunteers();

        long stored = QuarkusTransaction.requiringNew().call(() -> cursors.position(Feed.VOLUNTEERS));
        assertThat(stored).isGreaterThanOrEqualTo(seq);
        poller.pollVolunteers();
        assertThat(Feeds.lastAfter("volunteer")).isEqualTo(stored);
    }

    @Test
    void anIndexBuiltFromTheProjectionAloneHoldsWhatWasApplied() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);
        poller.pollVolunteers();

        // what start-up does after a restart: the index from the stored rows, no feed involved
        VolunteerIndex rebuilt = index.rebuild();

        assertThat(positionOf(rebuilt, volunteer.id())).isNotNegative();
    }

    @Test
    void anOlderVersionIsIgnored() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer.version(3));
        Feeds.volunteerEvent("VolunteerUpdated", volunteer.version(2).inKern("vreeland"));

        poller.pollVolunteers();

        assertThat(versionOf(volunteer.id())).contains(3L);
    }

    @Test
    void readingTheSamePageTwiceGivesTheSameState() {
        poller.pollVolunteers();
        long before = QuarkusTransaction.requiringNew().call(() -> cursors.position(Feed.VOLUNTEERS));
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);
        Feeds.volunteerEvent("VolunteerStatusChanged", volunteer.version(2).status("PAUSED"));
        assertThat(poller.pollVolunteers()).isPositive();
        long after = QuarkusTransaction.requiringNew().call(() -> cursors.position(Feed.VOLUNTEERS));

        QuarkusTransaction.requiringNew().run(() -> cursors.findById(Feed.VOLUNTEERS.key()).position = before);
        int changedOnReplay = poller.pollVolunteers();

        assertThat(changedOnReplay).isZero();
        assertThat(versionOf(volunteer.id())).contains(2L);
        assertThat(QuarkusTransaction.requiringNew().call(() -> cursors.position(Feed.VOLUNTEERS))).isEqualTo(after);
    }

    @Test
    void erasurePurgesTheRowAndTheIndexEntry() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);
        poller.pollVolunteers();
        assertThat(indexed(volunteer.id())).isTrue();

        Feeds.volunteerErased(volunteer.id());
        poller.pollVolunteers();

        assertThat(versionOf(volunteer.id())).isEmpty();
        assertThat(indexed(volunteer.id())).isFalse();
    }

    @Test
    void aVolunteerWithoutConsentIsProjectedButNotIndexed() {
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5).withoutConsent();
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);

        poller.pollVolunteers();

        assertThat(versionOf(volunteer.id())).contains(1L);
        assertThat(indexed(volunteer.id())).isFalse();
    }

    @Test
    void requestEventsKeepTheLatestStatus() {
        var request = anOpenRequest("projection-test-org").inKern("kockengen");
        Feeds.requestEvent("RequestOpened", request);
        Feeds.requestEvent("RequestCancelled", request.version(2).status("CANCELLED"));

        poller.pollRequests();

        Optional<String> stored = QuarkusTransaction.requiringNew().call(() -> projection
                .requestSnapshot(request.id()));
        assertThat(stored).hasValueSatisfying(json -> assertThat(json).contains("CANCELLED"));
    }

    @Test
    void anUnreachableFeedLeavesTheCursorWhereItWas() {
        poller.pollRequests();
        long before = QuarkusTransaction.requiringNew().call(() -> cursors.position(Feed.REQUESTS));
        Feeds.requestEvent("RequestOpened", anOpenRequest("projection-test-org").inKern("kockengen"));
        Feeds.down("request", true);
        try {
            assertThat(poller.pollRequests()).isZero();
            assertThat(QuarkusTransaction.requiringNew().call(() -> cursors.position(Feed.REQUESTS)))
                    .isEqualTo(before);
        } finally {
            Feeds.down("request", false);
        }
        assertThat(poller.pollRequests()).isPositive();
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
