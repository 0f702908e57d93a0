package nl.talentenbureau.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.notification.checks.RenewalCheck;
import nl.talentenbureau.notification.checks.WeeklyDigest;
import nl.talentenbureau.notification.support.Events;
import nl.talentenbureau.notification.support.Mailbox;
import nl.talentenbureau.notification.support.Services;
import nl.talentenbureau.platform.follower.FeedFollowers;

/**
 * Every message kind, to the right recipient, once, in their language (nl and en), with the right link: a Dutch and an
 * English volunteer, a Dutch and an English coordinator of the organisation.
 */
@QuarkusTest
class EveryKindTest {

    private final String org = "ek-" + UUID.randomUUID().toString().substring(0, 8);
    private final String anna = "anna-" + org + "@example.nl";
    private final String ben = "ben-" + org + "@example.nl";
    private final String carla = "carla-" + org + "@example.nl";
    private final String dirk = "dirk-" + org + "@example.nl";

    @Inject
    FeedFollowers followers;
    @Inject
    RenewalCheck renewals;
    @Inject
    WeeklyDigest digest;

    private void follow() {
        followers.catchUp("requests");
        followers.catchUp("volunteers");
        followers.catchUp("matching");
    }

    @Test
    void everyKindArrivesOnceWithTheRightRecipientLanguageAndLink() {
        UUID annaId = UUID.randomUUID();
        UUID benId = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        LocalDate today = LocalDate.now();
        Services.organisation(org, Map.of("carla-" + org, new String[]{carla, "nl"}, "dirk-" + org,
                new String[]{dirk, "en"}));
        Services.contact(annaId, "Anna", anna, "EMAIL", "nl", true, null, null);
        Services.contact(benId, "Ben", ben, "EMAIL", "en", true, null, null);
        Events.request(request, org, "boodschappen", "breukelen");
        Events.request(UUID.randomUUID(), org, "vervoer", "maarssen");
        Events.volunteer(annaId, 1, null, org, today.plusDays(60), Map.of("first-aid", today.plusDays(14)), "EMAIL");
        Events.volunteer(benId, 1, null, org, null, Map.of(), null);
        follow();

        // Anna: offer (with a reminder due in 2 s), accepts, the match starts
        Events.Match first = new Events.Match(request, annaId, org,
                OffsetDateTime.now().plus(Duration.ofHours(24)).plusSeconds(2));
        first.proposed(false);
        follow();
        Mailbox.await(anna, 2);
        first.event("MatchAccepted", "ACCEPTED", false, "SELF");
        follow();
        Mailbox.await(carla, 1);
        first.event("MatchActivated", "ACTIVE", false, null);
        // Ben: offered automatically, declines with a reason
        Events.Match second = new Events.Match(request, benId, org, OffsetDateTime.now().plusDays(3));
        Services.declineReason(second.id, "Ik ben die week weg");
        second.proposed(true);
        follow();
        Mailbox.await(ben, 1);
        second.event("MatchDeclined", "DECLINED", false, "PHONE");
        // Ben: an offer that expires, one that is withdrawn
        Events.Match third = new Events.Match(request, benId, org, OffsetDateTime.now().plusDays(3));
        third.proposed(false);
        follow();
        Mailbox.await(ben, 2);
        third.event("MatchExpired", "EXPIRED", false, null);
        Events.Match fourth = new Events.Match(request, benId, org, OffsetDateTime.now().plusDays(3));
        fourth.proposed(false);
        follow();
        Mailbox.await(ben, 4);
        fourth.event("MatchWithdrawn", "WITHDRAWN", false, null);
        follow();
        renewals.run(today);
        renewals.run(today);
        digest.run(today);
        digest.run(today);

        Map<String, Long> toAnna = kinds(Mailbox.await(anna, 5));
        Map<String, Long> toBen = kinds(Mailbox.await(ben, 5));
        Map<String, Long> toCarla = kinds(Mailbox.await(carla, 5));
        Map<String, Long> toDirk = kinds(Mailbox.await(dirk, 5));
        Log.infof("every kind: anna %s, ben %s, carla %s, dirk %s", toAnna, toBen, toCarla, toDirk);

        assertThat(toAnna).containsExactlyInAnyOrderEntriesOf(Map.of("OFFER_NEW", 1L, "OFFER_REMINDER", 1L,
                "MATCH_ACTIVATED", 1L, "VOG_EXPIRING", 1L, "TRAINING_EXPIRING", 1L));
        assertThat(toBen).containsExactlyInAnyOrderEntriesOf(Map.of("OFFER_NEW", 3L, "OFFER_EXPIRED", 1L,
                "OFFER_WITHDRAWN", 1L));
        Map<String, Long> coordinators = Map.of("OFFER_ACCEPTED", 1L, "NEXT_CANDIDATE_OFFERED", 1L,
                "OFFER_DECLINED", 1L, "OFFER_EXPIRED_COORDINATORS", 1L, "WEEKLY_DIGEST", 1L);
        assertThat(toCarla).containsExactlyInAnyOrderEntriesOf(coordinators);
        assertThat(toDirk).containsExactlyInAnyOrderEntriesOf(coordinators);

        assertThat(Mailbox.to(anna)).allSatisfy(m -> assertThat(m.get("language")).isEqualTo("nl"));
        assertThat(Mailbox.to(ben)).allSatisfy(m -> assertThat(m.get("language")).isEqualTo("en"));
        assertThat(Mailbox.to(carla)).allSatisfy(m -> assertThat(m.get("text")).contains("Beste "));
        assertThat(Mailbox.to(dirk)).allSatisfy(m -> assertThat(m.get("text")).contains("Dear "));
        assertThat(one(anna, "OFFER_REMINDER").get("text")).contains("/aanbod/" + first.id);
        assertThat(Mailbox.to(ben)).filteredOn(m -> "OFFER_NEW".equals(m.get("kind")))
                .allSatisfy(m -> assertThat(m.get("subject")).startsWith("Would you like to help?"));
        assertThat(one(carla, "OFFER_DECLINED").get("text")).contains("Reden: Ik ben die week weg")
                .contains("Antwoord gegeven via: telefoon").contains("/matches/" + second.id);
        assertThat(one(dirk, "OFFER_DECLINED").get("text")).contains("Reason: Ik ben die week weg");
        assertThat(one(anna, "VOG_EXPIRING").get("text")).contains("uw VOG");
        assertThat(one(anna, "TRAINING_EXPIRING").get("subject")).contains("First aid");
        assertThat(one(carla, "WEEKLY_DIGEST").get("text")).contains("Vervoer in Maarssen")
                .contains("Vrijwilliger " + annaId);
        assertThat(Mailbox.all().stream().map(m -> m.get("to")))
                .noneMatch(to -> to.startsWith("member-"));
    }

    private Map<String, String> one(String address, String kind) {
        List<Map<String, String>> mails = Mailbox.to(address).stream().filter(m -> kind.equals(m.get("kind")))
                .toList();
        assertThat(mails).as(kind + " to " + address).hasSize(1);
        return mails.getFirst();
    }

    private static Map<String, Long> kinds(List<Map<String, String>> mails) {
        return mails.stream().collect(Collectors.groupingBy(m -> m.get("kind"), Collectors.counting()));
    }

}
