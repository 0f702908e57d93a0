package nl.talentenbureau.platform.report;

import static nl.talentenbureau.platform.report.Protection.Mark.COMPLEMENTARY;
import static nl.talentenbureau.platform.report.Protection.Mark.SHOWN;
import static nl.talentenbureau.platform.report.Protection.Mark.UNDER_FIVE;
import static nl.talentenbureau.platform.report.Protection.Mark.WITHHELD;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.report.Protection.Relation;

class ProtectionTest {

    @Test
    void nothingIsHiddenWhenEveryCellIsZeroOrAtLeastFive() {
        assertThat(Protection.counts(16, SHOWN, new long[]{7, 0, 9}, Relation.SUM)).containsExactly(SHOWN, SHOWN,
                SHOWN);
    }

    @Test
    void oneSmallCellTakesTheNextSmallestWithItSoTheParentCannotRevealIt() {
        // alone, 22 - 12 - 7 gives the 3 away; with 7 hidden too the reader only knows "<5" + ">=5" = 10
        assertThat(Protection.counts(22, SHOWN, new long[]{3, 12, 7}, Relation.SUM)).containsExactly(UNDER_FIVE,
                SHOWN, COMPLEMENTARY);
    }

    @Test
    void twoSmallCellsWhoseSumLeavesBothOpenNeedNothingMore() {
        // hidden sum 5: 2 + 3, or 1 + 4, 4 + 1, 3 + 2
        assertThat(Protection.counts(13, SHOWN, new long[]{2, 3, 8}, Relation.SUM)).containsExactly(UNDER_FIVE,
                UNDER_FIVE, SHOWN);
    }

    @Test
    void twoOnesArePinnedByTheirSumSoANextCellIsHidden() {
        assertThat(Protection.counts(31, SHOWN, new long[]{1, 1, 9, 20}, Relation.SUM)).containsExactly(UNDER_FIVE,
                UNDER_FIVE, COMPLEMENTARY, SHOWN);
    }

    @Test
    void aOneNextToAFiveIsStillPinnedSoAThirdCellIsHidden() {
        // hidden {1, 5}: sum 6, and complementary means at least 5, so the small one must be 1: hide 6 too
        assertThat(Protection.counts(42, SHOWN, new long[]{1, 5, 6, 30}, Relation.SUM)).containsExactly(UNDER_FIVE,
                COMPLEMENTARY, COMPLEMENTARY, SHOWN);
    }

    @Test
    void whenNoCellIsLeftToHideEveryChildIsWithheldAndTheParentStays() {
        // 4 + 4 = 8 pins both; the parent is a figure of its own (the same in every report), so the children go
        assertThat(Protection.counts(8, SHOWN, new long[]{4, 4}, Relation.SUM)).containsExactly(WITHHELD, WITHHELD);
        // zeros cannot take the place of a complementary cell: they are withheld with the rest
        assertThat(Protection.counts(8, SHOWN, new long[]{4, 0, 4}, Relation.SUM)).containsExactly(WITHHELD,
                WITHHELD, WITHHELD);
    }

    @Test
    void aHiddenParentWithholdsEveryChild() {
        // a year of 3 requests: its months are not shown, not even the empty ones (they would pin the rest)
        assertThat(Protection.counts(3, UNDER_FIVE, new long[]{1, 0, 2}, Relation.SUM)).containsExactly(WITHHELD,
                WITHHELD, WITHHELD);
        assertThat(Protection.counts(9, COMPLEMENTARY, new long[]{9, 0}, Relation.SUM)).containsExactly(WITHHELD,
                WITHHELD);
    }

    @Test
    void distinctVolunteersAreBoundedByTheParentNotSummed() {
        // 10 distinct in the year, months 6, 6 and 3: a sum would say 12 > 10; the 3 is at least 10 - 12 (nothing)
        assertThat(Protection.counts(10, SHOWN, new long[]{6, 6, 3}, Relation.DISTINCT)).containsExactly(SHOWN,
                SHOWN, UNDER_FIVE);
        // 9 distinct, months 5 and 4: the 4 is at least 9 - 5 = 4, and "<5" says at most 4: pinned
        assertThat(Protection.counts(9, SHOWN, new long[]{5, 4}, Relation.DISTINCT)).containsExactly(COMPLEMENTARY,
                UNDER_FIVE);
    }

    @Test
    void hoursOfOneHiddenChildTakeTheNextFewestMatchesWithThem() {
        assertThat(Protection.hours(SHOWN, new long[]{3, 9, 6, 0})).containsExactly(UNDER_FIVE, SHOWN,
                COMPLEMENTARY, SHOWN);
        assertThat(Protection.hours(SHOWN, new long[]{3, 2, 9})).containsExactly(UNDER_FIVE, UNDER_FIVE, SHOWN);
        assertThat(Protection.hours(SHOWN, new long[]{3, 0})).containsExactly(WITHHELD, WITHHELD);
        assertThat(Protection.hours(UNDER_FIVE, new long[]{3, 0})).containsExactly(WITHHELD, WITHHELD);
    }

    @Test
    void allOrNothingShowsEveryChildOnlyWhenAllAreSafeAndTheParentIsShown() {
        assertThat(Protection.allOrNothing(SHOWN, new boolean[]{true, true})).containsExactly(SHOWN, SHOWN);
        assertThat(Protection.allOrNothing(SHOWN, new boolean[]{true, false})).containsExactly(WITHHELD, WITHHELD);
        assertThat(Protection.allOrNothing(WITHHELD, new boolean[]{true, true})).containsExactly(WITHHELD, WITHHELD);
    }
}
