package nl.talentenbureau.notification.rules;

import java.util.Optional;

/**
 * Whether a volunteer gets an e-mail: only when they prefer e-mail, have an address and gave consent
 * CONTACT_BY_COORDINATORS. Otherwise the message is recorded as skipped with the reason; the coordinators' call list
 * covers them.
 */
public final class ContactRule {

    public static final String UNKNOWN = "volunteer unknown or erased";
    public static final String PREFERS_PHONE = "prefers a phone call";
    public static final String NO_EMAIL = "no e-mail address";
    public static final String NO_CONSENT = "no consent to be contacted";
    public static final String INACTIVE = "volunteer has stopped";

    private ContactRule() {
    }

    /** The reason not to mail, or empty when a mail may go. */
    public static Optional<String> skipReason(String reachBy, String email, boolean contactConsent, String status) {
        if ("STOPPED".equals(status)) {
            return Optional.of(INACTIVE);
        }
        if (!"EMAIL".equals(reachBy)) {
            return Optional.of(PREFERS_PHONE);
        }
        if (email == null || email.isBlank()) {
            return Optional.of(NO_EMAIL);
        }
        if (!contactConsent) {
            return Optional.of(NO_CONSENT);
        }
        return Optional.empty();
    }
}
