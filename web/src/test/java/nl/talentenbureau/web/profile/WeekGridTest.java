package nl.talentenbureau.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WeekGridTest {

    @Test
    void theGridHasSevenDaysOfThreePartsMondayMorningFirst() {
        assertThat(WeekGrid.days()).hasSize(7);
        assertThat(WeekGrid.days().get(0).slots()).extracting(WeekGrid.Slot::code).containsExactly("MON_MORNING",
                "MON_AFTERNOON", "MON_EVENING");
        assertThat(WeekGrid.SLOTS).hasSize(21);
    }

    @Test
    void cleanKeepsOnlyKnownSlotsInWeekOrder() {
        assertThat(WeekGrid.clean(List.of("SUN_EVENING", "BOGUS", "MON_MORNING", "MON_MORNING")))
                .containsExactly("MON_MORNING", "SUN_EVENING");
    }

    @Test
    void changesAreWhatSomeoneElseSwitchedOnAndOff() {
        WeekGrid.Changes changes = WeekGrid.changes(List.of("MON_MORNING", "TUE_EVENING"),
                List.of("MON_MORNING", "FRI_AFTERNOON"));
        assertThat(changes.on()).extracting(WeekGrid.Slot::code).containsExactly("FRI_AFTERNOON");
        assertThat(changes.off()).extracting(WeekGrid.Slot::code).containsExactly("TUE_EVENING");
        assertThat(changes.on().get(0).dayKey()).isEqualTo("day_FRI");
        assertThat(changes.on().get(0).partKey()).isEqualTo("part_AFTERNOON");
        assertThat(WeekGrid.changes(List.of("MON_MORNING"), List.of("MON_MORNING")).any()).isFalse();
    }

    @Test
    void myOwnEditsGoOnTopOfWhatIsSavedNow() {
        List<String> read = List.of("MON_MORNING", "TUE_EVENING");
        // I switched Wednesday morning on and Monday morning off; someone else switched Friday afternoon on
        List<String> wanted = List.of("TUE_EVENING", "WED_MORNING");
        List<String> now = List.of("MON_MORNING", "TUE_EVENING", "FRI_AFTERNOON");

        assertThat(WeekGrid.merge(read, wanted, now)).containsExactly("TUE_EVENING", "WED_MORNING",
                "FRI_AFTERNOON");
    }
}
