package nl.talentenbureau.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DatesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void aDateReadsAsWordsInThePagesLanguage() {
        LocalDate date = LocalDate.of(2026, 12, 15);
        assertThat(Dates.inWords(date, DUTCH)).isEqualTo("dinsdag 15 december 2026");
        assertThat(Dates.inWords(date, Locale.ENGLISH)).isEqualTo("Tuesday 15 December 2026");
        assertThat(Dates.inWords(date, "en")).isEqualTo("Tuesday 15 December 2026");
        assertThat(Dates.inWords((LocalDate) null, DUTCH)).isEmpty();
    }

    @Test
    void aDeadlineIsShownInDutchTimeWithItsHour() {
        // 23:30 UTC on the 4th is already the 5th in the Netherlands (winter time, UTC+1)
        OffsetDateTime deadline = OffsetDateTime.parse("2026-12-04T23:30:00Z");
        assertThat(Dates.momentInWords(deadline, DUTCH)).isEqualTo("zaterdag 5 december 2026, 00:30");
        assertThat(Dates.inWords(deadline, DUTCH)).isEqualTo("zaterdag 5 december 2026");
        assertThat(Dates.momentInWords(OffsetDateTime.parse("2026-07-01T08:00:00Z"), Locale.ENGLISH))
                .as("summer time, UTC+2").isEqualTo("Wednesday 1 July 2026, 10:00");
    }
}
