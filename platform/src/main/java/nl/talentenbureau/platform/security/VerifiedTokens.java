package nl.talentenbureau.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Bearer tokens that passed verification, each kept until it expires with what was learnt from it ({@code T}: the
 * gateway keeps the client for its rate limit, a service the caller's identity). A client sends the same token with
 * every call, and checking its signature again each time was the largest part of what a call cost the gateway and a
 * sixth of what an intake cost request-service. A token is kept by its SHA-256 hash only (the token itself is neither
 * kept nor logged); an expired entry is never used. The size is bounded: above it, expired entries are dropped, and
 * when that is not enough the cache starts empty again (every token is then verified once more, as without a cache).
 *
 * <p>
 * Only a token that passed is kept: a forged or expired one is checked (and refused) every time. A token stays
 * accepted until its expiry even when the realm rotates its keys, as it would with the keys the verifier cached.
 */
public final class VerifiedTokens<T> {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });

    private record Verified<T>(T value, long expiresAtEpochSecond) {
    }

    private final ConcurrentMap<ByteBuffer, Verified<T>> byHash = new ConcurrentHashMap<>();
    private final int maxSize;
    private final LongSupplier epochSeconds;

    public VerifiedTokens(int maxSize, LongSupplier epochSeconds) {
        this.maxSize = maxSize;
        this.epochSeconds = epochSeconds;
    }

    /** What a token verified before and not expired yet gave. {@code authorization}: the header as sent. */
    public Optional<T> find(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        ByteBuffer key = hash(authorization);
        Verified<T> verified = byHash.get(key);
        if (verified == null) {
            return Optional.empty();
        }
        if (epochSeconds.getAsLong() >= verified.expiresAtEpochSecond()) {
            byHash.remove(key, verified);
            return Optional.empty();
        }
        return Optional.of(verified.value());
    }

    /** Keeps a token that was just verified, with what it gave, until {@code expiresAtEpochSecond} (its {@code exp}). */
    public void remember(String authorization, T value, long expiresAtEpochSecond) {
        long now = epochSeconds.getAsLong();
        if (authorization == null || expiresAtEpochSecond <= now) {
            return;
        }
        if (byHash.size() >= maxSize) {
            byHash.values().removeIf(verified -> now >= verified.expiresAtEpochSecond());
            if (byHash.size() >= maxSize) {
                byHash.clear();
            }
        }
        byHash.put(hash(authorization), new Verified<>(value, expiresAtEpochSecond));
    }

    public int size() {
        return byHash.size();
    }

    private static ByteBuffer hash(String authorization) {
        return ByteBuffer.wrap(SHA256.get().digest(authorization.getBytes(StandardCharsets.UTF_8)));
    }
}
