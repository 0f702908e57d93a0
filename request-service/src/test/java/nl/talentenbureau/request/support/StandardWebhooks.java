package nl.talentenbureau.request.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature (https://www.standardwebhooks.com), written from the
 * specification and not from the service's code: the key is the base64 after {@code whsec_}, the signed content
 * {@code id.timestamp.body}, the header a space-separated list of {@code v1,<base64 HMAC-SHA256>}.
 */
public final class StandardWebhooks {

    private StandardWebhooks() {
    }

    /** Whether one of the signatures in {@code header} is the one {@code secret} makes. */
    public static boolean verifies(String secret, String id, String timestamp, String body, String header) {
        if (header == null || id == null || timestamp == null) {
            return false;
        }
        byte[] expected = hmac(secret, id + "." + timestamp + "." + body);
        return Arrays.stream(header.split(" ")).filter(s -> s.startsWith("v1,"))
                .map(s -> Base64.getDecoder().decode(s.substring(3)))
                .anyMatch(signature -> MessageDigest.isEqual(expected, signature));
    }

    public static boolean verifies(String secret, WebhookReceiver.Received received) {
        return verifies(secret, received.header("webhook-id"), received.header("webhook-timestamp"),
                received.body(), received.header("webhook-signature"));
    }

    private static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
