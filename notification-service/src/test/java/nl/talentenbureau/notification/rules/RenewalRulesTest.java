package nl.talentenbureau.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RenewalRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theFirstNoticeGoesFromSixtyDaysAndTheLastFromFourteen() {
        assertThat(RenewalRules.tier(TODAY.plusDays(61), TODAY)).isNull();
        assertThat(RenewalRules.tier(TODAY.plusDays(60), TODAY)).isEqualTo(60);
        assertThat(RenewalRules.tier(TODAY.plusDays(15), TODAY)).isEqualTo(60);
        assertThat(RenewalRules.tier(TODAY.plusDays(14), TODAY)).isEqualTo(14);
        assertThat(RenewalRules.tier(TODAY, TODAY)).isEqualTo(14);
        assertThat(RenewalRules.tier(TODAY.minusDays(1), TODAY)).isNull();
        assertThat(RenewalRules.tier(null, TODAY)).isNull();
    }

    @Test
    void aVogAndEachTrainingGetTheirOwnKeyedNotice() {
        UUID volunteer = UUID.randomUUID();
        LocalDate vog = TODAY.plusDays(60);
        LocalDate firstAid = TODAY.plusDays(10);
        List<Planned> planned = RenewalRules.plan(volunteer, "welzijn", vog,
                Map.of("first-aid", firstAid, "dementia", TODAY.plusDays(200)), TODAY, Instant.now());

        assertThat(planned).extracting(Planned::key).containsExactly(
                "vog:" + volunteer + ":" + vog + ":60",
                "training:" + volunteer + ":first-aid:" + firstAid + ":14");
        assertThat(planned).extracting(Planned::kind).containsExactly(Kind.VOG_EXPIRING, Kind.TRAINING_EXPIRING);
    }

    @Test
    void aNewVogDateIsANewNotice() {
        UUID volunteer = UUID.randomUUID();
        String before = RenewalRules.plan(volunteer, null, TODAY.plusDays(20), Map.of(), TODAY, Instant.now())
                .getFirst().key();
        String after = RenewalRules.plan(volunteer, null, TODAY.plusDays(30), Map.of(), TODAY, Instant.now())
                .getFirst().key();
        assertThat(after).isNotEqualTo(before);
    }
}
