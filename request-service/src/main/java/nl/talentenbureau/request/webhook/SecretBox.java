package nl.talentenbureau.request.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook secrets at rest: AES-GCM under the key of {@code request.webhook.secret-key} (WEBHOOK_SECRET_KEY, 32 bytes
 * in base64 or base64url), a fresh 96-bit nonce per seal, the webhook's id as associated data (a sealed secret copied to another
 * row does not open). Stored as {@code v1.<base64 of nonce and ciphertext>}. A database dump alone gives no secret
 * to sign a forged delivery with.
 */
public final class SecretBox {

    static final String VERSION = "v1.";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretBox(String base64Key) {
        byte[] bytes;
        String text = base64Key.trim();
        try {
            // base64url too, so that a demo key can read as one ("demo-...", 43 characters)
            bytes = text.indexOf('-') >= 0 || text.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("request.webhook.secret-key is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("request.webhook.secret-key must be 32 bytes (base64 of 32 random "
                    + "bytes, e.g. openssl rand -base64 32), not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(VERSION);
    }

    public String seal(String secret, UUID webhookId) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, webhookId);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JVM", e);
        }
    }

    public String open(String stored, UUID webhookId) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("webhook secret of " + webhookId + " is not sealed");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, webhookId);
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("webhook secret of " + webhookId
                    + " does not open with request.webhook.secret-key (another key, or another row's secret)");
        }
    }

    private Cipher cipher(int mode, byte[] nonce, UUID webhookId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(webhookId.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
