package nl.talentenbureau.request.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

class CatalogTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicBoolean down = new AtomicBoolean();
    private final MutableClock clock = new MutableClock();
    private final Catalog catalog = new Catalog(list -> {
        if (down.get()) {
            throw new IllegalStateException("connection refused");
        }
        reads.incrementAndGet();
        return Map.of("breukelen", true, "typewriter-repair", false);
    }, Duration.ofMinutes(10), clock);

    @Test
    void knownCodesPassAndUnknownOrRetiredOnesAnswer422() {
        assertThatCode(() -> catalog.checkKern("kern", "breukelen")).doesNotThrowAnyException();
        assertThatThrownBy(() -> catalog.checkKern("kern", "atlantis")).isInstanceOfSatisfying(
                ProblemException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNPROCESSABLE));
        assertThatThrownBy(() -> catalog.checkTalent("talents[0].code", "typewriter-repair"))
                .hasMessageContaining("retired");
    }

    @Test
    void aListIsReadOncePerTimeToLive() {
        catalog.checkKern("kern", "breukelen");
        catalog.checkKern("kern", "breukelen");
        clock.advance(Duration.ofMinutes(11));
        catalog.checkKern("kern", "breukelen");

        assertThat(reads).hasValue(2);
    }

    @Test
    void whenTheCatalogueIsDownTheLastListReadIsUsed() {
        catalog.checkKern("kern", "breukelen");
        down.set(true);
        clock.advance(Duration.ofDays(2));

        assertThatCode(() -> catalog.checkKern("kern", "breukelen")).doesNotThrowAnyException();
    }

    @Test
    void whenTheCatalogueIsDownAndNeverReadTheCheckAnswers503() {
        down.set(true);

        assertThatThrownBy(() -> catalog.checkTheme("theme", "digital")).isInstanceOfSatisfying(
                ProblemException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.SERVICE_UNAVAILABLE));
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-06-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
