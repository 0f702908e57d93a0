package nl.talentenbureau.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
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
import nl.talentenbureau.platform.testing.FeedStub;

/** The offer mail: from a MatchProposed on the feed to a mail with what, where, when, the deadline and the link. */
@QuarkusTest
class OfferMailTest {

    private final String org = "om-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    FeedFollowers followers;

    @Test
    void aProposalReachesTheVolunteerOnceInTheirLanguageWithTheLinkToAnswer() {
        UUID request = UUID.randomUUID();
        UUID anna = UUID.randomUUID();
        Events.request(request, org, "boodschappen", "breukelen");
        Events.volunteer(anna, 1, "anna-" + org, org, null, Map.of(), "EMAIL");
        Services.contact(anna, "Anna de Vries", "anna-" + org + "@example.nl", "EMAIL", "nl", true, null, null);
        Events.Match match = new Events.Match(request, anna, org, OffsetDateTime.now().plusDays(3));
        match.proposed(false);

        followers.catchUp("requests");
        followers.catchUp("volunteers");
        followers.catchUp("matching");

        List<Map<String, String>> mails = Mailbox.await("anna-" + org + "@example.nl", 1);
        Map<String, String> mail = mails.getFirst();
        Log.infof("offer mail: %s / %s", mail.get("subject"), mail.get("text"));
        assertThat(mail.get("kind")).isEqualTo("OFFER_NEW");
        assertThat(mail.get("language")).isEqualTo("nl");
        assertThat(mail.get("subject")).contains("Boodschappen").contains("Breukelen");
        assertThat(mail.get("text")).contains("Beste Anna de Vries,")
                .contains("http://localhost:8080/aanbod/" + match.id)
                .contains("dinsdag ochtend, donderdag middag").contains("Graag uw antwoord vóór")
                .doesNotContain("Jansen");
        assertThat(mail.get("html")).contains("href=\"http://localhost:8080/aanbod/" + match.id + "\"");
        assertThat(mail.get("messageId")).endsWith("@talentenbureau.nl>");
        assertThat(Services.callsWithToken("/internal/volunteers/" + anna, FeedStub.TOKEN)).isPositive();
    }
}
