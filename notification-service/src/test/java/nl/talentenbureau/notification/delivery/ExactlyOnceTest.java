package nl.talentenbureau.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.notification.feeds.MatchFeedConsumer;
import nl.talentenbureau.notification.support.Events;
import nl.talentenbureau.notification.support.Mailbox;
import nl.talentenbureau.notification.support.Services;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.follower.FollowedEvent;
import nl.talentenbureau.platform.follower.FollowedPage;

/** Each message once: after a restart in the middle of a page, and with the SMTP server down for a while. */
@QuarkusTest
class ExactlyOnceTest {

    private final String org = "eo-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    FeedFollowers followers;
    @Inject
    MatchFeedConsumer matches;
    @Inject
    EntityManager entityManager;

    private UUID volunteer(int i) {
        UUID id = UUID.randomUUID();
        Services.contact(id, "Vrijwilliger " + i, address(id), "EMAIL", i % 2 == 0 ? "nl" : "en", true, null, null);
        return id;
    }

    private String address(UUID id) {
        return "v-" + id + "@example.nl";
    }

    @Test
    void aRestartInTheMiddleOfAPageSendsNothingTwice() {
        UUID request = UUID.randomUUID();
        Events.request(request, org, "gezelschap", "loenen");
        followers.catchUp("requests");
        List<FollowedEvent> page = new ArrayList<>();
        List<UUID> volunteers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID v = volunteer(i);
            volunteers.add(v);
            page.add(new Events.Match(request, v, org, OffsetDateTime.now().plusDays(3)).proposed(false));
        }
        followers.catchUp("matching");
        // the same page again, as a replica that read it before the cursor moved: the cursor passes it over
        followers.applyPage("matching", new FollowedPage(page, page.getLast().seq(), page.getLast().seq()));
        // and applied around the cursor, after the followed versions were lost: the outbox keys still hold
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from followed_match where organisation = :org")
                    .setParameter("org", org).executeUpdate();
            page.forEach(matches::apply);
        });

        for (UUID v : volunteers) {
            Mailbox.await(address(v), 1);
        }
        sleep(Duration.ofSeconds(2));
        int sent = volunteers.stream().mapToInt(v -> Mailbox.to(address(v)).size()).sum();
        Log.infof("restart mid-page: %d events applied 3 times -> %d messages sent", page.size(), sent);
        assertThat(sent).isEqualTo(page.size());
    }

    @Test
    void smtpDownForAWhileDelaysMessagesAndLosesNone() {
        long downSeconds = Long.getLong("smtp-down-seconds", 60);
        UUID request = UUID.randomUUID();
        Events.request(request, org, "boodschappen", "vreeland");
        followers.catchUp("requests");
        List<String> addresses = new ArrayList<>();
        int events = 0;
        for (int i = 0; i < 10; i++) {
            UUID v = volunteer(i);
            addresses.add(address(v));
            new Events.Match(request, v, org, OffsetDateTime.now().plusDays(3)).proposed(false);
            events++;
        }
        followers.catchUp("matching");
        addresses.forEach(a -> Mailbox.await(a, 1));

        Mailbox.stop();
        for (int i = 10; i < 20; i++) {
            UUID v = volunteer(i);
            addresses.add(address(v));
            new Events.Match(request, v, org, OffsetDateTime.now().plusDays(3)).proposed(false);
            events++;
        }
        followers.catchUp("matching");
        sleep(Duration.ofSeconds(downSeconds));
        long retried = ((Number) entityManager.createNativeQuery(
                "select count(*) from delivery where organisation = :org and status = 'PENDING' and attempts > 0")
                .setParameter("org", org).getSingleResult()).longValue();
        Mailbox.start();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> addresses.stream()
                .allMatch(a -> !Mailbox.to(a).isEmpty()));
        sleep(Duration.ofSeconds(2));
        List<Map<String, String>> mails = addresses.stream().flatMap(a -> Mailbox.to(a).stream()).toList();
        Set<String> ids = new HashSet<>();
        int duplicates = 0;
        for (Map<String, String> mail : mails) {
            if (!ids.add(mail.get("messageId"))) {
                duplicates++;
            }
        }
        long lost = addresses.stream().filter(a -> Mailbox.to(a).isEmpty()).count();
        Log.infof("SMTP down %d s: %d rows waiting and retried meanwhile", downSeconds, retried);
        Log.infof("%d events -> %d messages sent, %d duplicates, %d lost", events, ids.size(), duplicates, lost);
        assertThat(retried).isEqualTo(10);
        assertThat(ids).hasSize(events);
        assertThat(duplicates).isZero();
        assertThat(lost).isZero();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
