package nl.talentenbureau.matching.projection;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.follower.FollowedEvent;
import nl.talentenbureau.platform.follower.FollowedPage;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * Following the two feeds with platform's follower: a poison event on either feed is set aside while the rest (and
 * the other feed) goes on, and is applied once on retry after the cause is fixed; replicas applying pages of one
 * feed out of order leave the projection equal to the source. Volunteers live in Stichtse Vecht and travel 5 km.
 */
@QuarkusTest
class FollowingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FeedFollowers followers;
    @Inject
    ProjectionRepository projection;
    @Inject
    EntityManager entityManager;

    @Test
    void aPoisonVolunteerEventIsQuarantinedWhileTheRestAndTheRequestFeedGoOn() {
        VolunteerEvent poison = aVolunteer().inKern("kockengen").travelling(5);
        VolunteerEvent next = aVolunteer().inKern("kockengen").travelling(5);
        String constraint = refuse("volunteer_projection", poison.id());
        Feeds.volunteerEvent("VolunteerRegistered", poison);
        Feeds.volunteerEvent("VolunteerRegistered", next);
        RequestEvent request = anOpenRequest("following-test-org").inKern("kockengen");
        Feeds.requestEvent("RequestOpened", request);

        followers.catchUp(Feeds.VOLUNTEERS);
        assertThat(quarantined(poison.id())).as("retried first, not set aside at once").isNull();
        followers.catchUp(Feeds.REQUESTS);
        assertThat(requestStored(request.id())).as("the request feed is not held up").isTrue();
        followers.catchUp(Feeds.VOLUNTEERS);

        assertThat(quarantined(poison.id())).containsEntry("feed", "volunteers")
                .containsEntry("type", "VolunteerRegistered");
        assertThat(versionOf(next.id())).contains(1L);
        assertThat(versionOf(poison.id())).isEmpty();

        allow(constraint);
        retry(Feeds.VOLUNTEERS, poison.id());

        assertThat(versionOf(poison.id())).contains(1L);
        assertThat(quarantined(poison.id())).isNull();
        assertThat(followers.quarantinedCount(Feeds.VOLUNTEERS)).isZero();
    }

    @Test
    void aPoisonRequestEventIsQuarantinedWhileTheRestAndTheVolunteerFeedGoOn() {
        RequestEvent poison = anOpenRequest("following-test-org").inKern("kockengen");
        RequestEvent next = anOpenRequest("following-test-org").inKern("kockengen");
        String constraint = refuse("request_projection", poison.id());
        Feeds.requestEvent("RequestOpened", poison);
        Feeds.requestEvent("RequestOpened", next);
        VolunteerEvent volunteer = aVolunteer().inKern("kockengen").travelling(5);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);

        followers.catchUp(Feeds.REQUESTS);
        followers.catchUp(Feeds.VOLUNTEERS);
        assertThat(versionOf(volunteer.id())).as("the volunteer feed is not held up").contains(1L);
        followers.catchUp(Feeds.REQUESTS);

        assertThat(quarantined(poison.id())).containsEntry("feed", "requests");
        assertThat(requestStored(next.id())).isTrue();
        assertThat(requestStored(poison.id())).isFalse();

        allow(constraint);
        retry(Feeds.REQUESTS, poison.id());

        assertThat(requestStored(poison.id())).isTrue();
        assertThat(quarantined(poison.id())).isNull();
    }

    /** An alias longer than request-service now accepts (an event from before) is stored, not retried or set aside. */
    @Test
    void aTooLongOrganisationAliasNeverHoldsUpTheRequestFeed() {
        followers.catchUp(Feeds.REQUESTS);
        RequestEvent longAlias = anOpenRequest("a-very-long-organisation-alias-".repeat(10)).inKern("kockengen");
        RequestEvent next = anOpenRequest("following-test-org").inKern("kockengen");
        Feeds.requestEvent("RequestOpened", longAlias);
        Feeds.requestEvent("RequestOpened", next);

        followers.catchUp(Feeds.REQUESTS);

        assertThat(requestStored(longAlias.id())).isTrue();
        assertThat(requestStored(next.id())).as("the next event is applied in the same catch-up").isTrue();
        assertThat(quarantined(longAlias.id())).isNull();
    }

    @Test
    void aLaggingReplicasOlderPageNeverUndoesAnErasure() throws Exception {
        followers.catchUp(Feeds.VOLUNTEERS);
        VolunteerEvent erased = aVolunteer().inKern("kockengen").travelling(5);
        VolunteerEvent kept = aVolunteer().inKern("kockengen").travelling(5);
        List<FollowedEvent> events = new ArrayList<>();
        events.add(volunteerEvent("VolunteerRegistered", erased));
        events.add(volunteerEvent("VolunteerUpdated", erased.version(2)));
        events.add(erasure(erased.id()));
        events.add(volunteerEvent("VolunteerRegistered", kept));
        FollowedPage older = page(events.subList(0, 2));
        FollowedPage newer = page(events.subList(2, 4));

        // both replicas read the older page from the same cursor; one applies it and the next, the other wakes late
        followers.applyPage(Feeds.VOLUNTEERS, older);
        followers.applyPage(Feeds.VOLUNTEERS, newer);
        assertThat(followers.applyPage(Feeds.VOLUNTEERS, older).events()).isEmpty();

        assertThat(versionOf(erased.id())).as("not re-inserted from the older page").isEmpty();
        assertThat(versionOf(kept.id())).contains(1L);
    }

    @Test
    void twoReplicasReadingAndApplyingInAnyOrderLeaveTheProjectionEqualToTheSource() throws Exception {
        Random random = new Random(20261201);
        for (int round = 0; round < 5; round++) {
            followers.catchUp(Feeds.VOLUNTEERS);
            List<FollowedEvent> source = randomHistory(random, 6, 30);
            Map<UUID, Long> expected = applyInOrder(source);

            // two replicas, each: read a page after the cursor it sees, then (later, interleaved) apply it
            FollowedPage[] replica = new FollowedPage[2];
            int guard = 0;
            while (position() < source.getLast().seq() || replica[0] != null || replica[1] != null) {
                int r = random.nextInt(2);
                if (replica[r] == null) {
                    replica[r] = readAfter(source, position(), 1 + random.nextInt(5));
                } else {
                    followers.applyPage(Feeds.VOLUNTEERS, replica[r]);
                    replica[r] = null;
                }
                assertThat(guard++).isLessThan(1000);
            }

            for (Map.Entry<UUID, Long> volunteer : expected.entrySet()) {
                assertThat(versionOf(volunteer.getKey())).as("volunteer %s", volunteer.getKey())
                        .isEqualTo(Optional.ofNullable(volunteer.getValue()));
            }
        }
    }

    /** A history of registrations, updates with rising versions and erasures of a few volunteers, with real seqs. */
    private List<FollowedEvent> randomHistory(Random random, int volunteers, int length) throws Exception {
        List<VolunteerEvent> people = new ArrayList<>();
        Map<UUID, Integer> versions = new HashMap<>();
        for (int i = 0; i < volunteers; i++) {
            people.add(aVolunteer().inKern("kockengen").travelling(5));
        }
        List<FollowedEvent> history = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            VolunteerEvent person = people.get(random.nextInt(volunteers));
            if (random.nextInt(6) == 0) {
                history.add(erasure(person.id()));
            } else {
                int version = versions.merge(person.id(), 1 + random.nextInt(2), Integer::sum);
                history.add(volunteerEvent("VolunteerUpdated", person.version(version)));
            }
        }
        return history;
    }

    /**
     * The source's state: what one consumer applying every event in order keeps (null: not projected). Erasure is
     * final: volunteer-service publishes nothing of an erased volunteer after it, and whatever arrives later is
     * passed over.
     */
    private static Map<UUID, Long> applyInOrder(List<FollowedEvent> events) {
        Map<UUID, Long> state = new HashMap<>();
        for (FollowedEvent event : events) {
            UUID id = UUID.fromString(event.aggregateId());
            if ("VolunteerErased".equals(event.type()) || state.containsKey(id) && state.get(id) == null) {
                state.put(id, null);
            } else {
                long version = event.payload().path("version").asLong();
                Long stored = state.get(id);
                state.put(id, stored == null ? version : Math.max(stored, version));
            }
        }
        return state;
    }

    private static FollowedPage readAfter(List<FollowedEvent> source, long after, int limit) {
        List<FollowedEvent> events = source.stream().filter(e -> e.seq() > after).limit(limit).toList();
        return new FollowedPage(events, events.isEmpty() ? after : events.getLast().seq(), null);
    }

    private FollowedEvent volunteerEvent(String type, VolunteerEvent volunteer) throws Exception {
        long seq = Feeds.volunteerEvent(type, volunteer);
        return new FollowedEvent(seq, type, "volunteer", volunteer.id().toString(), OffsetDateTime.now(),
                JSON.readTree(volunteer.json()));
    }

    private FollowedEvent erasure(UUID id) throws Exception {
        long seq = Feeds.volunteerErased(id);
        return new FollowedEvent(seq, "VolunteerErased", "volunteer", id.toString(), OffsetDateTime.now(),
                JSON.readTree("{\"id\": \"" + id + "\"}"));
    }

    private static FollowedPage page(List<FollowedEvent> events) {
        return new FollowedPage(events, events.getLast().seq(), null);
    }

    private long position() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select coalesce(max(position), 0) from feed_cursor where feed = ?1")
                .setParameter(1, Feeds.VOLUNTEERS).getSingleResult()).longValue());
    }

    /** A check constraint that refuses this one row: its event fails in PostgreSQL until the "fix" drops it. */
    private String refuse(String table, UUID id) {
        String name = "poison_" + id.toString().replace("-", "").substring(0, 12);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("alter table " + table
                + " add constraint " + name + " check (id <> '" + id + "')").executeUpdate());
        return table + " drop constraint " + name;
    }

    private void allow(String dropConstraint) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("alter table " + dropConstraint)
                .executeUpdate());
    }

    private static void retry(String feed, UUID aggregateId) {
        long seq = ((Number) quarantined(aggregateId).get("seq")).longValue();
        given().auth().oauth2(Tokens.admin()).post("/internal/feeds/" + feed + "/quarantine/" + seq + "/retry")
                .then().statusCode(204);
    }

    private static Map<String, Object> quarantined(UUID aggregateId) {
        List<Map<String, Object>> all = given().auth().oauth2(Tokens.admin()).get("/internal/feeds/quarantine")
                .then().statusCode(200).extract().jsonPath().getList("");
        return all.stream().filter(q -> aggregateId.toString().equals(q.get("aggregateId"))).findFirst()
                .orElse(null);
    }

    private Optional<Long> versionOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> projection.volunteerVersion(id));
    }

    private boolean requestStored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> projection.requestSnapshot(id)).isPresent();
    }
}
