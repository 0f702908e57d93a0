package nl.talentenbureau.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DeliveryKeyTest {

    private final UUID match = UUID.fromString("7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
    private final UUID volunteer = UUID.fromString("3f6c2a9e-8d1b-4b7a-9c2d-5e4f3a2b1c0d");

    @Test
    void aKeyNamesTheEventTheKindAndTheRecipient() {
        assertThat(DeliveryKey.match(match, 3, Kind.OFFER_NEW, volunteer.toString()))
                .isEqualTo(
                        "match:7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f:3:OFFER_NEW:3f6c2a9e-8d1b-4b7a-9c2d-5e4f3a2b1c0d");
        assertThat(DeliveryKey.vog(volunteer, LocalDate.of(2027, 1, 31), 60))
                .isEqualTo("vog:3f6c2a9e-8d1b-4b7a-9c2d-5e4f3a2b1c0d:2027-01-31:60");
        assertThat(DeliveryKey.coordinator("match:x:1:OFFER_ACCEPTED:org:welzijn", "user-1"))
                .isEqualTo("match:x:1:OFFER_ACCEPTED:org:welzijn>user-1");
    }

    @Test
    void theSameEventGivesTheSameKeyAndAnotherVersionAnother() {
        assertThat(DeliveryKey.match(match, 3, Kind.OFFER_NEW, "a")).isEqualTo(DeliveryKey.match(match, 3,
                Kind.OFFER_NEW, "a"));
        assertThat(DeliveryKey.match(match, 4, Kind.OFFER_NEW, "a")).isNotEqualTo(DeliveryKey.match(match, 3,
                Kind.OFFER_NEW, "a"));
        assertThat(DeliveryKey.match(match, 3, Kind.OFFER_NEW, "a")).isNotEqualTo(DeliveryKey.match(match, 3,
                Kind.OFFER_NEW, "b"));
    }

    @Test
    void theMessageIdIsStableForAKey() {
        String id = DeliveryKey.messageId("vog:x:2027-01-31:60", "talentenbureau.nl");
        assertThat(id).isEqualTo(DeliveryKey.messageId("vog:x:2027-01-31:60", "talentenbureau.nl"))
                .startsWith("<").endsWith("@talentenbureau.nl>")
                .isNotEqualTo(DeliveryKey.messageId("vog:x:2027-01-31:14", "talentenbureau.nl"));
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(50)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aVolunteerIsMailedOnlyWithEmailPreferenceAddressAndConsent() {
        assertThat(ContactRule.skipReason("EMAIL", "a@b.nl", true, "ACTIVE")).isEmpty();
        assertThat(ContactRule.skipReason("PHONE", "a@b.nl", true, "ACTIVE")).contains(ContactRule.PREFERS_PHONE);
        assertThat(ContactRule.skipReason("EMAIL", null, true, "ACTIVE")).contains(ContactRule.NO_EMAIL);
        assertThat(ContactRule.skipReason("EMAIL", "a@b.nl", false, "ACTIVE")).contains(ContactRule.NO_CONSENT);
        assertThat(ContactRule.skipReason("EMAIL", "a@b.nl", true, "STOPPED")).contains(ContactRule.INACTIVE);
    }
}
