package nl.talentenbureau.web.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The sentence a page shows after a form did its work (post, redirect, get): the redirect names one of these in
 * {@code ?gedaan=}, so no text travels in the URL and nothing else can be shown there.
 */
public enum Flash {

    PROPOSED,
    ACCEPTED,
    DECLINED,
    HOURS_LOGGED,
    FEEDBACK_GIVEN,
    ENDED,
    APPLIED,
    WEEK_SAVED,
    DETAILS_SAVED,
    NOTIFICATIONS_SAVED,
    CONSENT_GIVEN,
    CONSENT_WITHDRAWN,
    ABSENCE_ADDED,
    ABSENCE_REMOVED,
    TALENTS_SAVED,
    PROPOSALS_CONFIRMED,
    CALL_ACCEPTED,
    CALL_DECLINED,
    VOLUNTEER_SAVED,
    STATUS_CHANGED,
    VOG_RECORDED,
    TRAINING_RECORDED;

    public static Optional<Flash> parse(String value) {
        for (Flash flash : values()) {
            if (flash.param().equals(value)) {
                return Optional.of(flash);
            }
        }
        return Optional.empty();
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String key() {
        return "flash_" + param();
    }
}
