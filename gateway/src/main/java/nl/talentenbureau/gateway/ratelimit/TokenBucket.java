package nl.talentenbureau.gateway.ratelimit;

import java.time.Duration;

/**
 * A token bucket: holds up to {@code capacity} tokens, gains {@code ratePerSecond} per second, and a call takes
 * one. Thread-safe; time comes from the caller (nanoseconds) so tests need no clock.
 */
public final class TokenBucket {

    private final double capacity;
    private final double ratePerNano;
    private double tokens;
    private long updatedAt;

    public TokenBucket(int capacity, double ratePerSecond, long nowNanos) {
        if (capacity < 1 || ratePerSecond <= 0) {
            throw new IllegalArgumentException("capacity must be at least 1 and the rate positive");
        }
        this.capacity = capacity;
        this.ratePerNano = ratePerSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.updatedAt = nowNanos;
    }

    /** Takes one token; empty when there was one, else how long until the next one. */
    public synchronized Decision take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return Decision.ALLOWED;
        }
        long waitNanos = (long) Math.ceil((1 - tokens) / ratePerNano);
        return new Decision(false, Duration.ofNanos(waitNanos));
    }

    /** True when the bucket has been full for a while: it can be forgotten without changing any answer. */
    public synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - updatedAt);
        tokens = Math.min(capacity, tokens + elapsed * ratePerNano);
        updatedAt = nowNanos;
    }

    public record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        /** Whole seconds for {@code Retry-After}, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
