package nl.talentenbureau.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void oneClientEmptyingItsBucketDoesNotLimitAnother() {
        RateLimiter limiter = new RateLimiter(2, 1, now::get);

        limiter.take("client:a");
        limiter.take("client:a");

        assertThat(limiter.take("client:a").allowed()).isFalse();
        assertThat(limiter.take("client:b").allowed()).isTrue();
    }

    @Test
    void bucketsThatFilledUpAgainAreForgottenWhenManyClientsAreKnown() {
        RateLimiter limiter = new RateLimiter(1, 1, now::get);
        for (int i = 0; i <= RateLimiter.SWEEP_ABOVE; i++) {
            limiter.take("client:" + i);
        }
        now.addAndGet(2_000_000_000L);

        limiter.take("client:new");

        assertThat(limiter.size()).isEqualTo(1);
    }
}
