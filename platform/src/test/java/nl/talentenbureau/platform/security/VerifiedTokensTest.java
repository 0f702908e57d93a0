package nl.talentenbureau.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(3, now::get);

    @Test
    void aVerifiedTokenIsKnownWithWhatItGaveUntilItExpires() {
        tokens.remember("Bearer a.b.c", "anna", 1_060);

        assertThat(tokens.find("Bearer a.b.c")).contains("anna");
        now.set(1_059);
        assertThat(tokens.find("Bearer a.b.c")).contains("anna");
        now.set(1_060);
        assertThat(tokens.find("Bearer a.b.c")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anotherTokenOrNoneIsNotKnown() {
        tokens.remember("Bearer a.b.c", "anna", 1_060);

        assertThat(tokens.find("Bearer a.b.d")).isEmpty();
        assertThat(tokens.find("bearer a.b.c")).isEmpty();
        assertThat(tokens.find(null)).isEmpty();
    }

    @Test
    void anExpiredTokenIsNotKept() {
        tokens.remember("Bearer a.b.c", "anna", 1_000);

        assertThat(tokens.find("Bearer a.b.c")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aFullCacheDropsExpiredTokensFirstAndStartsEmptyWhenNoneExpired() {
        tokens.remember("Bearer 1", "a", 1_010);
        tokens.remember("Bearer 2", "b", 1_100);
        tokens.remember("Bearer 3", "c", 1_100);
        now.set(1_020);

        tokens.remember("Bearer 4", "d", 1_100);

        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.find("Bearer 2")).contains("b");
        assertThat(tokens.find("Bearer 4")).contains("d");

        tokens.remember("Bearer 5", "e", 1_100);

        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.find("Bearer 5")).contains("e");
        assertThat(tokens.find("Bearer 2")).isEmpty();
    }
}
