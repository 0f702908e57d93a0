package nl.talentenbureau.notification.rules;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The exactly-once key of a message: the event it comes from and its recipient. The delivery table holds each key at
 * most once, and the row is inserted in the transaction that applies the event, so an event applied again (a restart in
 * the middle of a page, a retry from the quarantine) or a daily check run twice adds nothing.
 */
public final class DeliveryKey {

    private DeliveryKey() {
    }

    /** {@code match:{matchId}:{version}:{kind}:{recipient}}: one message per match event, kind and recipient. */
    public static String match(UUID matchId, long version, Kind kind, String recipient) {
        return "match:" + matchId + ":" + version + ":" + kind + ":" + recipient;
    }

    /** {@code vog:{volunteerId}:{validUntil}:{days}}: once per VOG end date and notice (60 or 14 days). */
    public static String vog(UUID volunteerId, LocalDate validUntil, int days) {
        return "vog:" + volunteerId + ":" + validUntil + ":" + days;
    }

    /** {@code training:{volunteerId}:{code}:{expiresOn}:{days}}. */
    public static String training(UUID volunteerId, String code, LocalDate expiresOn, int days) {
        return "training:" + volunteerId + ":" + code + ":" + expiresOn + ":" + days;
    }

    /** {@code digest:{organisation}:{week}}, the week as ISO {@code 2026-W49}. */
    public static String digest(String organisation, String isoWeek) {
        return "digest:" + organisation + ":" + isoWeek;
    }

    /**
     * {@code application:{id}:{version}:{kind}} for an application's step, {@code signup:{id}:{kind}} for an event's
     * sign-up: once per step.
     */
    public static String applicant(String aggregate, UUID id, Long version, Kind kind) {
        return aggregate + ":" + id + (version == null ? "" : ":" + version) + ":" + kind;
    }

    /** {@code signal:{signalId}:escalated:{recipient}}: once per escalated signal. */
    public static String signalEscalated(UUID signalId, String recipient) {
        return "signal:" + signalId + ":escalated:" + recipient;
    }

    /** The key of one coordinator's copy of a message to the coordinators of an organisation. */
    public static String coordinator(String organisationKey, String userId) {
        return organisationKey + ">" + userId;
    }

    /** The recipient part of a message to the coalition's admins. */
    public static final String ADMINS = "admins";

    /** The recipient part of a message to an organisation's coordinators. */
    public static String organisation(String organisation) {
        return "org:" + organisation;
    }

    /** A Message-ID derived from the key: a receiver (or a mail server) can recognise a message sent twice. */
    public static String messageId(String key, String domain) {
        return "<" + UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "@" + domain
                + ">";
    }
}
