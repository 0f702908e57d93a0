package nl.talentenbureau.web.applying;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class OriginTest {

    private static final String ID = "5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18";

    @Test
    void aVacancyLinkIsAnApplicationToThatVacancy() {
        assertThat(Origin.of(null, ID, null, null)).isEqualTo(new Origin("VACANCY", UUID.fromString(ID), null, null));
        assertThat(Origin.of("EVENT", ID, ID, null).source()).isEqualTo("VACANCY");
    }

    @Test
    void theInvitationsLinkIsAnApplicationFromThatEvent() {
        assertThat(Origin.of("EVENT", null, ID, null)).isEqualTo(new Origin("EVENT", null, UUID.fromString(ID), null));
        assertThat(Origin.of("event", null, ID, null).source()).isEqualTo("EVENT");
    }

    @Test
    void aReferralNamesTheVolunteer() {
        assertThat(Origin.of("REFERRAL", null, null, ID).referredBy()).isEqualTo(UUID.fromString(ID));
    }

    @Test
    void aLinkThatDoesNotAddUpIsAnOpenApplicationFromTheWebsite() {
        assertThat(Origin.of(null, null, null, null)).isEqualTo(Origin.WEBSITE);
        assertThat(Origin.of("EVENT", null, null, null)).isEqualTo(Origin.WEBSITE);
        assertThat(Origin.of("EVENT", null, "not-a-uuid", null)).isEqualTo(Origin.WEBSITE);
        assertThat(Origin.of("REFERRAL", null, null, null)).isEqualTo(Origin.WEBSITE);
        assertThat(Origin.of("VACANCY", "x", null, null)).isEqualTo(Origin.WEBSITE);
        assertThat(Origin.of("<script>", null, null, null)).isEqualTo(Origin.WEBSITE);
        assertThat(Origin.of("OTHER", null, null, null).source()).isEqualTo("OTHER");
    }
}
