package nl.talentenbureau.request.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures as Standard Webhooks make them (https://www.standardwebhooks.com): headers {@code webhook-id} (the
 * event id, the same on every retry), {@code webhook-timestamp} (seconds since the epoch, of this attempt) and
 * {@code webhook-signature}: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, one per secret in use, separated
 * by spaces (two during a rotation's overlap). The HMAC key is the base64 after {@code whsec_} in the secret. Since
 * id and timestamp are signed, a receiver that refuses old timestamps and ids it has seen cannot be replayed to.
 */
public final class Signatures {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    private static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {
    }

    /** The {@code webhook-signature} value: one {@code v1,} signature per secret, in the order given. */
    public static String header(List<String> secrets, String id, long timestamp, byte[] body) {
        return secrets.stream().map(secret -> "v1," + Base64.getEncoder().encodeToString(
                hmac(secret, id, timestamp, body))).collect(Collectors.joining(" "));
    }

    /** Whether one of the signatures in {@code header} is {@code secret}'s, compared in constant time. */
    public static boolean verify(String secret, String id, long timestamp, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        byte[] expected = hmac(secret, id, timestamp, body);
        return Arrays.stream(header.split(" ")).filter(s -> s.startsWith("v1,")).anyMatch(s -> {
            try {
                return MessageDigest.isEqual(expected, Base64.getDecoder().decode(s.substring(3)));
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
    }

    /** A new shared secret: {@code whsec_} and 32 random bytes, base64. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] hmac(String secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /**
     * The key bytes: base64 after the prefix. Secrets issued before (whsec_ and 64 hex digits) are valid base64 too,
     * so a receiver using a Standard Webhooks library with its old secret verifies the same way.
     */
    private static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret);
    }
}
