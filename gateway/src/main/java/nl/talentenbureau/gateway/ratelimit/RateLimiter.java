package nl.talentenbureau.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.talentenbureau.gateway.GatewayConfig;

/**
 * One token bucket per client, in memory: a noisy client empties only its own bucket. Buckets that have filled
 * up again are forgotten when many clients are known, so memory stays bounded by the clients active recently.
 */
@ApplicationScoped
public class RateLimiter {

    static final int SWEEP_ABOVE = 10_000;

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int burst;
    private final double ratePerSecond;
    private final LongSupplier clock;

    @Inject
    public RateLimiter(GatewayConfig config) {
        this(config.rateLimit().burst(), config.rateLimit().requestsPerSecond(), System::nanoTime);
    }

    /** The limiter of the public reads: buckets of their own, sized by {@code gateway.rate-limit.public-reads}. */
    public static RateLimiter forPublicReads(GatewayConfig config) {
        return new RateLimiter(config.rateLimit().publicReads().burst(),
                config.rateLimit().publicReads().requestsPerSecond(), System::nanoTime);
    }

    /** The limiter of the public writes: buckets of their own, sized by {@code gateway.rate-limit.public-writes}. */
    public static RateLimiter forPublicWrites(GatewayConfig config) {
        return new RateLimiter(config.rateLimit().publicWrites().burst(),
                config.rateLimit().publicWrites().requestsPerSecond(), System::nanoTime);
    }

    RateLimiter(int burst, double ratePerSecond, LongSupplier clock) {
        this.burst = burst;
        this.ratePerSecond = ratePerSecond;
        this.clock = clock;
    }

    public TokenBucket.Decision take(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(client, key -> new TokenBucket(burst, ratePerSecond, now)).take(now);
    }

    int size() {
        return buckets.size();
    }
}
