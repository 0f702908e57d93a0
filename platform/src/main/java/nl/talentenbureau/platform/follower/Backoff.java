package nl.talentenbureau.platform.follower;

import java.time.Duration;

/** Doubling waits between failed attempts, from {@code initial} up to {@code max}; back to the start on success. */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private int failures;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    Duration next() {
        failures++;
        Duration wait = initial.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    void reset() {
        failures = 0;
    }
}
