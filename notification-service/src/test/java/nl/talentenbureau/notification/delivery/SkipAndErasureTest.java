package nl.talentenbureau.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.notification.support.Events;
import nl.talentenbureau.notification.support.Mailbox;
import nl.talentenbureau.notification.support.Services;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * A volunteer without consent, without an e-mail address or who prefers a phone call is not mailed: the message is
 * SKIPPED with the reason, in the coordinators' log. Quiet hours hold a message back; erasure removes it.
 */
@QuarkusTest
class SkipAndErasureTest {

    private final String org = "se-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    FeedFollowers followers;

    private UUID propose(UUID volunteer, String subject) {
        UUID request = UUID.randomUUID();
        Events.request(request, org, "klussen", "nigtevecht");
        Events.volunteer(volunteer, 1, subject, org, null, Map.of(), "EMAIL");
        Events.Match match = new Events.Match(request, volunteer, org, OffsetDateTime.now().plusDays(3));
        match.proposed(false);
        followers.catchUp("requests");
        followers.catchUp("volunteers");
        followers.catchUp("matching");
        return match.id;
    }

    private JsonPath log(String token, String... query) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.get("/api/notifications/deliveries").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void volunteersWithoutConsentOrAddressAreSkippedWithTheReason() {
        UUID noConsent = UUID.randomUUID();
        UUID noEmail = UUID.randomUUID();
        UUID phone = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        Services.contact(noConsent, "Zonder toestemming", "nc-" + org + "@example.nl", "EMAIL", "nl", false, null,
                null);
        Services.contact(noEmail, "Zonder mail", null, "EMAIL", "nl", true, null, null);
        Services.contact(phone, "Bel mij", "phone-" + org + "@example.nl", "PHONE", "nl", true, null, null);
        Services.contactGone(gone);
        propose(noConsent, "sub-nc-" + org);
        propose(noEmail, null);
        propose(phone, null);
        propose(gone, null);

        String coordinator = Tokens.coordinator(org);
        Awaitility.await().until(() -> log(coordinator, "status", "SKIPPED").getInt("total") == 4);
        JsonPath skipped = log(coordinator, "status", "SKIPPED", "kind", "OFFER_NEW");
        assertThat(skipped.getList("items.skipReason", String.class)).containsExactlyInAnyOrder(
                "no consent to be contacted", "no e-mail address", "prefers a phone call",
                "volunteer unknown or erased");
        assertThat(skipped.getList("items.organisation", String.class)).containsOnly(org);
        assertThat(Mailbox.to("nc-" + org + "@example.nl")).isEmpty();
        assertThat(Mailbox.to("phone-" + org + "@example.nl")).isEmpty();

        // another organisation's coordinator sees none of it; the volunteer sees their own; an admin sees all
        assertThat(log(Tokens.coordinator("other-" + org)).getInt("total")).isZero();
        JsonPath own = log(Tokens.volunteer("sub-nc-" + org));
        assertThat(own.getList("items.recipient", String.class)).containsOnly(noConsent.toString());
        assertThat(log(Tokens.admin(), "status", "SKIPPED", "size", "100").getInt("total")).isGreaterThanOrEqualTo(4);
        given().auth().oauth2(coordinator).queryParam("status", "LOST").get("/api/notifications/deliveries").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPageOrSizeThatIsNoNumberIsABadRequestNamingIt() {
        // Quarkus REST answers a query parameter that does not convert with 404, as if the log did not exist
        String coordinator = Tokens.coordinator(org);
        for (String[] bad : new String[][]{{"page", "abc"}, {"size", "1e40"}, {"page", "99999999999999999999"}}) {
            given().auth().oauth2(coordinator).queryParam(bad[0], bad[1]).get("/api/notifications/deliveries")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", Matchers.endsWith("/validation-failed"))
                    .body("errors[0].field", Matchers.equalTo(bad[0]));
        }
    }

    @Test
    void quietHoursHoldAMessageBackAndErasureRemovesIt() {
        UUID volunteer = UUID.randomUUID();
        LocalTime now = LocalTime.now(ZoneId.of("Europe/Amsterdam"));
        String from = now.minusHours(1).withSecond(0).withNano(0).toString();
        String until = now.plusHours(1).withSecond(0).withNano(0).toString();
        Services.contact(volunteer, "Stil", "quiet-" + org + "@example.nl", "EMAIL", "nl", true, from, until);
        propose(volunteer, null);

        String coordinator = Tokens.coordinator(org);
        Awaitility.await().until(() -> {
            JsonPath pending = log(coordinator, "status", "PENDING", "kind", "OFFER_NEW");
            return pending.getInt("total") == 1 && OffsetDateTime.parse(pending.getString("items[0].dueAt"))
                    .isAfter(OffsetDateTime.now().plusMinutes(30));
        });
        assertThat(Mailbox.to("quiet-" + org + "@example.nl")).isEmpty();

        Events.erased(volunteer);
        followers.catchUp("volunteers");
        List<String> left = log(coordinator, "kind", "OFFER_NEW").getList("items.recipient", String.class);
        assertThat(left).doesNotContain(volunteer.toString());
    }
}
