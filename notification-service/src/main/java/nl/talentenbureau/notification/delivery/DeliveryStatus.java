package nl.talentenbureau.notification.delivery;

/**
 * PENDING: waiting to be sent (or for its next attempt); SENT; SKIPPED: not sent on purpose, with the reason;
 * FAILED: gave up after the maximum attempts (kept); EXPANDED: a message to an organisation's coordinators that became
 * one row per coordinator (not shown in the log).
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    SKIPPED,
    FAILED,
    EXPANDED
}
