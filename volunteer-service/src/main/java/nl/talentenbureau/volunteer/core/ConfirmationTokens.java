package nl.talentenbureau.volunteer.core;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token of a confirmation link (an anonymous application or sign-up): 32 random bytes, URL-safe, unguessable.
 * It proves the mailbox received the mail; it is kept only until it is used (or the row is purged).
 */
public final class ConfirmationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfirmationTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} has the shape of one ({@value #PATTERN}); anything else is 400, not a lookup. */
    public static boolean wellFormed(String token) {
        return token != null && token.matches(PATTERN);
    }

    public static final String PATTERN = "[A-Za-z0-9_-]{43}";
}
