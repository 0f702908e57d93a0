package nl.talentenbureau.request.webhook;

import java.time.Duration;

/** Exponential backoff: {@code initial} after the first failure, doubled after each next one, at most {@code max}. */
public record Backoff(Duration initial, Duration max) {

    public Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
