package nl.talentenbureau.gateway.routing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * The bearer tokens the gateway has verified, until each one expires: a client sends the same token with every
 * call, and checking its signature again each time was the largest part of what the gateway cost per request. A
 * token is kept by its SHA-256 hash only (the token itself is neither kept nor logged), with the client it belongs
 * to (for the rate limit) and its expiry; an expired entry is never used. The size is bounded: above it, expired
 * entries are dropped, and when that is not enough the cache starts empty again (every token is then verified once
 * more, as without a cache).
 *
 * <p>
 * What a cached token skips is only the signature check the gateway makes for itself: every service checks the
 * token again. A token stays accepted here until its expiry even when the realm rotates its keys, as it would at the
 * services, which verify with the keys they cached.
 */
final class VerifiedTokens {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });

    private record Verified(String client, long expiresAtEpochSecond) {
    }

    private final ConcurrentMap<ByteBuffer, Verified> byHash = new ConcurrentHashMap<>();
    private final int maxSize;
    private final LongSupplier epochSeconds;

    VerifiedTokens(int maxSize, LongSupplier epochSeconds) {
        this.maxSize = maxSize;
        this.epochSeconds = epochSeconds;
    }

    /** The client of a token verified before and not expired yet. {@code authorization}: the header as sent. */
    Optional<String> clientOf(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        ByteBuffer key = hash(authorization);
        Verified verified = byHash.get(key);
        if (verified == null) {
            return Optional.empty();
        }
        if (epochSeconds.getAsLong() >= verified.expiresAtEpochSecond()) {
            byHash.remove(key, verified);
            return Optional.empty();
        }
        return Optional.of(verified.client());
    }

    /** Keeps a token that was just verified, until {@code expiresAtEpochSecond} (its {@code exp}). */
    void remember(String authorization, String client, long expiresAtEpochSecond) {
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
        byHash.put(hash(authorization), new Verified(client, expiresAtEpochSecond));
    }

    int size() {
        return byHash.size();
    }

    private static ByteBuffer hash(String authorization) {
        return ByteBuffer.wrap(SHA256.get().digest(authorization.getBytes(StandardCharsets.UTF_8)));
    }
}
