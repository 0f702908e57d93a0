package nl.talentenbureau.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void burstIsAllowedThenTheBucketIsEmpty() {
        TokenBucket bucket = new TokenBucket(3, 1, 0);

        assertThat(bucket.take(0).allowed()).isTrue();
        assertThat(bucket.take(0).allowed()).isTrue();
        assertThat(bucket.take(0).allowed()).isTrue();
        TokenBucket.Decision refused = bucket.take(0);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        TokenBucket bucket = new TokenBucket(1, 2, 0);
        bucket.take(0);

        assertThat(bucket.take(SECOND / 4).allowed()).isFalse();
        assertThat(bucket.take(SECOND / 2).allowed()).isTrue();
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);
        bucket.take(0);
        bucket.take(0);

        long later = 3600 * SECOND;
        assertThat(bucket.take(later).allowed()).isTrue();
        assertThat(bucket.take(later).allowed()).isTrue();
        assertThat(bucket.take(later).allowed()).isFalse();
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        TokenBucket bucket = new TokenBucket(1, 0.25, 0);
        bucket.take(0);

        assertThat(bucket.take(SECOND).retryAfterSeconds()).isEqualTo(3);
    }
}
