package nl.talentenbureau.notification.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.notification.support.Events;
import nl.talentenbureau.notification.support.Mailbox;
import nl.talentenbureau.notification.support.Services;
import nl.talentenbureau.platform.follower.FeedFollowers;

/**
 * An escalated signal (issue 16) reminds the receiving organisation's subscribed coordinators once, in their
 * language, with codes only; the other signal events send nothing.
 */
@QuarkusTest
class SignalReminderTest {

    private final String org = "sg-" + UUID.randomUUID().toString().substring(0, 8);
    private final String carla = "carla-" + org + "@example.nl";
    private final String dirk = "dirk-" + org + "@example.nl";
    private final String admin = "admin-" + org + "@example.nl";

    @Inject
    FeedFollowers followers;

    @Test
    void anEscalatedSignalRemindsTheReceivingOrganisationsCoordinatorsOnce() {
        Services.organisation(org, Map.of("carla-" + org, new String[]{carla, "nl"}, "dirk-" + org,
                new String[]{dirk, "en"}));
        Services.admins(Map.of("admin-" + org, new String[]{admin, "nl"}));
        UUID signal = UUID.randomUUID();
        Events.signal("SignalRaised", signal, org, "financial", "HIGH");
        Events.signal("SignalEscalated", signal, org, "financial", "HIGH");
        // the same event read again (a replay) adds nothing
        Events.signal("SignalEscalated", signal, org, "financial", "HIGH");
        followers.catchUp(SignalFeedConsumer.FEED);

        List<Map<String, String>> toCarla = Mailbox.await(carla, 1);
        List<Map<String, String>> toDirk = Mailbox.await(dirk, 1);
        Log.infof("signal reminder: '%s' to %s, '%s' to %s", toCarla.getFirst().get("subject"), carla,
                toDirk.getFirst().get("subject"), dirk);
        assertThat(toCarla).hasSize(1);
        assertThat(toCarla.getFirst().get("subject")).isEqualTo("Een signaal wacht nog op u: Financial");
        assertThat(toCarla.getFirst().get("text")).contains("Spoed: hoog").contains(signal.toString());
        assertThat(toDirk.getFirst().get("subject")).isEqualTo("A signal is still waiting for you: Financial");
        assertThat(toCarla.getFirst().get("kind")).isEqualTo("SIGNAL_ESCALATED");

        // the escalation itself: the coalition's admin is told which organisation let it wait, once
        List<Map<String, String>> toAdmin = Mailbox.await(admin, 1);
        Log.infof("signal escalation: '%s' to the admin %s", toAdmin.getFirst().get("subject"), admin);
        assertThat(toAdmin).hasSize(1);
        assertThat(toAdmin.getFirst().get("kind")).isEqualTo("SIGNAL_ESCALATED_ADMIN");
        assertThat(toAdmin.getFirst().get("subject")).isEqualTo("Een signaal is niet op tijd opgepakt: Financial");
        assertThat(toAdmin.getFirst().get("text")).contains("doorverwezen naar " + org)
                .contains("Doorverwezen naar: " + org).contains(signal.toString());
        assertThat(Mailbox.await(carla, 1)).as("the admin's mail is no second reminder").hasSize(1);
    }
}
