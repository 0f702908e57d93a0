package nl.talentenbureau.notification.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which mail each step of an application or an event's sign-up sends (volunteer-service's feed, aggregates
 * {@code application} and {@code outreach-signup}, ids only): one mail per step, at once, to the applicant. An event
 * older than {@code notification.events.max-age} sends nothing, so a feed read again from the start does not mail
 * last month's confirmation links.
 */
public final class RecruitmentRules {

    private static final Map<String, Kind> KINDS = Map.of(
            "ApplicationSubmitted", Kind.APPLICATION_CONFIRM,
            "ApplicationConfirmed", Kind.APPLICATION_RECEIVED,
            "ApplicationIntakePlanned", Kind.INTAKE_PLANNED,
            "ApplicationAccepted", Kind.APPLICATION_ACCEPTED,
            "ApplicationDeclined", Kind.APPLICATION_DECLINED,
            "OutreachSignedUp", Kind.SIGNUP_CONFIRM,
            "OutreachInvitedToApply", Kind.EVENT_INVITATION);

    private final Duration maxAge;

    public RecruitmentRules(Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** The kind an event type sends, if any (a confirmed sign-up sends none: the link's answer says it). */
    public static Optional<Kind> kindOf(String eventType) {
        return Optional.ofNullable(eventType == null ? null : KINDS.get(eventType));
    }

    /**
     * The mail of one step: {@code aggregate} is the feed's aggregate type, {@code version} the application's
     * (null for a sign-up, whose steps happen once each).
     */
    public List<Planned> plan(String aggregate, String eventType, UUID id, Long version, Instant occurredAt,
            Instant now) {
        Optional<Kind> kind = kindOf(eventType);
        if (kind.isEmpty() || occurredAt != null && occurredAt.isBefore(now.minus(maxAge))) {
            return List.of();
        }
        String prefix = "application".equals(aggregate) ? "application" : "signup";
        return List.of(new Planned(DeliveryKey.applicant(prefix, id, version, kind.get()), kind.get(),
                id.toString(), null, null, now, Map.of(prefix + "Id", id.toString())));
    }
}
