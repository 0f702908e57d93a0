package nl.talentenbureau.notification.rules;

import java.time.Duration;

/** The wait before the next attempt of a message that failed: doubling from {@code initial}, at most {@code max}. */
public record Backoff(Duration initial, Duration max) {

    public Duration after(int failedAttempts) {
        Duration wait = initial;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
