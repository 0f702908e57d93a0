package nl.talentenbureau.request.requester;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who a requester is, for finding the same person's other requests: HMAC-SHA256 under a secret of this service over
 * the normalised contact details (the identity hash), and the pseudonymous key the feed carries. The key is random
 * ({@link #newKey()}), never derived from the contact details: the identity hash is kept only next to those details
 * and blanked with them on erasure, so once a person's requests are erased nothing can find their key again, and a
 * new request with the same phone gets a new key (issue 12).
 *
 * <p>
 * Requests of one person share no requester id here (the requester is one row per request, typed in by whoever
 * posts it), so the key is taken over the contact details, normalised: the phone number when there is one (the
 * most stable and the most distinctive; "06-1234 5678", "+31 6 12345678" and "0031612345678" are one number),
 * otherwise the name together with the address line (a name alone is shared by too many people). Case, accents,
 * punctuation and spacing do not count. No requester (an organisation's own request): no key.
 */
public final class RequesterKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public RequesterKeys(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the requester key secret must be set");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new pseudonymous key: 256 random bits as 64 hex digits. */
    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The identity hash, as 64 hex digits; null when nothing identifies the requester. */
    public String identityOf(String name, String phone, String addressLine) {
        String identity = identity(name, phone, addressLine);
        if (identity == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** What the identity hash is taken over: {@code phone:31612345678} or {@code name:j de boer|address:kerkstraat 12}. */
    static String identity(String name, String phone, String addressLine) {
        String number = phone(phone);
        if (number != null) {
            return "phone:" + number;
        }
        String who = text(name);
        if (who == null) {
            return null;
        }
        String where = text(addressLine);
        return "name:" + who + "|address:" + (where == null ? "" : where);
    }

    /** Digits in international form without the plus: a Dutch national number (0...) becomes 31... */
    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 6) {
            return null;
        }
        if (digits.startsWith("00")) {
            return digits.substring(2);
        }
        if (!phone.strip().startsWith("+") && digits.startsWith("0")) {
            return "31" + digits.substring(1);
        }
        return digits;
    }

    /** Lower case, accents and punctuation gone, words separated by one space. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String plain = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? null : plain;
    }
}
