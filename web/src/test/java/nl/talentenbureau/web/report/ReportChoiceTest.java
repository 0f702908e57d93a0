package nl.talentenbureau.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportChoiceTest {

    @Test
    void aYearAQuarterOrAMonthWithAGroupingIsAChoice() {
        assertThat(new ReportChoice("2026", "kern").wrong()).isEmpty();
        assertThat(new ReportChoice(" 2026-q4 ", "month").wrong()).isEmpty();
        assertThat(new ReportChoice("2026-11", "theme").wrong()).isEmpty();
        assertThat(new ReportChoice("2026-q4", "month").period()).isEqualTo("2026-Q4");
    }

    @Test
    void aWeekAMonthThirteenOrAnUnknownGroupingIsWrong() {
        assertThat(new ReportChoice("2026-W48", "kern").wrong()).containsExactly("period");
        assertThat(new ReportChoice("2026-13", "kern").wrong()).containsExactly("period");
        assertThat(new ReportChoice(null, "street").wrong()).containsExactly("period", "by");
        assertThat(new ReportChoice("2026", null).wrong()).containsExactly("by");
    }

    @Test
    void theFileNameAndTheQueryNameTheChoice() {
        ReportChoice choice = new ReportChoice("2026-Q4", "month");
        assertThat(choice.fileName()).isEqualTo("impact-2026-Q4-month.csv");
        assertThat(choice.query()).isEqualTo("period=2026-Q4&by=month");
    }
}
