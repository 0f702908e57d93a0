package nl.talentenbureau.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class OutboxSignalTest {

    private final OutboxSignal signal = new OutboxSignal();

    @Test
    void aSignalWakesEveryWaitingReader() throws Exception {
        long seen = signal.generation();
        CountDownLatch waiting = new CountDownLatch(3);
        CountDownLatch woken = new CountDownLatch(3);
        // a thread each (the common pool may have a single one on a small machine)
        for (int i = 0; i < 3; i++) {
            Thread.ofPlatform().daemon().start(() -> {
                waiting.countDown();
                try {
                    signal.awaitAfter(seen, Duration.ofMinutes(1));
                    woken.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        waiting.await();

        signal.signal();

        // a minute's wait each, woken at once
        assertThat(woken.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(signal.generation()).isEqualTo(seen + 1);
    }

    @Test
    void aSignalBetweenLookingAndWaitingIsNotLost() throws Exception {
        long seen = signal.generation();
        // the reader looked (found nothing), then a commit signalled, then the reader waits
        signal.signal();

        long started = System.nanoTime();
        signal.awaitAfter(seen, Duration.ofMinutes(1));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void withoutASignalTheWaitEndsAfterItsTimeout() throws Exception {
        long seen = signal.generation();
        long started = System.nanoTime();

        signal.awaitAfter(seen, Duration.ofMillis(100));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(signal.generation()).isEqualTo(seen);
    }
}
