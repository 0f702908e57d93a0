package nl.talentenbureau.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final QuietHours night = QuietHours.of("21:00", "08:00");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(AMSTERDAM).toInstant();
    }

    @Test
    void aMessageInTheEveningWaitsUntilTheNextMorning() {
        assertThat(night.postpone(at("2026-12-01T22:30"), AMSTERDAM)).contains(at("2026-12-02T08:00"));
        assertThat(night.postpone(at("2026-12-01T21:00"), AMSTERDAM)).contains(at("2026-12-02T08:00"));
    }

    @Test
    void aMessageInTheNightWaitsUntilEightTheSameDay() {
        assertThat(night.postpone(at("2026-12-02T03:15"), AMSTERDAM)).contains(at("2026-12-02T08:00"));
    }

    @Test
    void aMessageDuringTheDayGoesNow() {
        assertThat(night.postpone(at("2026-12-02T08:00"), AMSTERDAM)).isEmpty();
        assertThat(night.postpone(at("2026-12-02T20:59"), AMSTERDAM)).isEmpty();
    }

    @Test
    void quietHoursWithinOneDayAndTheSummerTimeChange() {
        QuietHours afternoon = QuietHours.of("13:00", "15:00");
        assertThat(afternoon.postpone(at("2026-12-02T14:00"), AMSTERDAM)).contains(at("2026-12-02T15:00"));
        assertThat(afternoon.postpone(at("2026-12-02T15:00"), AMSTERDAM)).isEmpty();
        // the night of 28 to 29 March 2026 is an hour shorter: 08:00 local is 06:00 UTC
        assertThat(night.postpone(at("2026-03-28T23:00"), AMSTERDAM)).contains(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void noQuietHoursWhenFromEqualsUntilOrOneIsMissing() {
        assertThat(QuietHours.of("08:00", "08:00").postpone(at("2026-12-02T08:00"), AMSTERDAM)).isEmpty();
        assertThat(QuietHours.of(null, "08:00")).isNull();
    }
}
