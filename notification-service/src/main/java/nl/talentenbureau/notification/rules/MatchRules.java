package nl.talentenbureau.notification.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which match event leads to which messages, to whom and when. Plain rules, no database: the feed consumer applies
 * them to a match event newer than the one it knew and inserts what they answer into the delivery outbox.
 *
 * <table>
 * <tr><th>event</th><th>volunteer</th><th>coordinators of the match's organisation</th></tr>
 * <tr><td>MatchProposed</td><td>OFFER_NEW now; OFFER_REMINDER {@code reminderBefore} before the deadline</td>
 * <td>NEXT_CANDIDATE_OFFERED when {@code automatic}</td></tr>
 * <tr><td>MatchAccepted</td><td></td><td>OFFER_ACCEPTED</td></tr>
 * <tr><td>MatchDeclined</td><td></td><td>OFFER_DECLINED</td></tr>
 * <tr><td>MatchExpired</td><td>OFFER_EXPIRED</td><td>OFFER_EXPIRED_COORDINATORS</td></tr>
 * <tr><td>MatchWithdrawn</td><td>OFFER_WITHDRAWN</td><td></td></tr>
 * <tr><td>MatchActivated</td><td>MATCH_ACTIVATED</td><td></td></tr>
 * </table>
 * An event older than {@code maxAge} (a feed read again from the start, a long outage) sends nothing: a message about
 * an offer of last month helps nobody. An offer whose deadline has passed gets no offer mail and no reminder.
 */
public final class MatchRules {

    private final Duration reminderBefore;
    private final Duration maxAge;

    public MatchRules(Duration reminderBefore, Duration maxAge) {
        this.reminderBefore = reminderBefore;
        this.maxAge = maxAge;
    }

    public List<Planned> plan(MatchChange change, Instant now) {
        List<Planned> planned = new ArrayList<>();
        if (change.at() != null && change.at().isBefore(now.minus(maxAge))) {
            return planned;
        }
        switch (change.type()) {
            case "MatchProposed" -> {
                boolean open = change.answerDeadline() == null || change.answerDeadline().isAfter(now);
                if (open && change.volunteerId() != null) {
                    planned.add(toVolunteer(change, Kind.OFFER_NEW, now));
                    if (change.answerDeadline() != null) {
                        Instant remindAt = change.answerDeadline().minus(reminderBefore);
                        if (remindAt.isAfter(now)) {
                            planned.add(toVolunteer(change, Kind.OFFER_REMINDER, remindAt));
                        }
                    }
                }
                if (change.automatic()) {
                    planned.add(toCoordinators(change, Kind.NEXT_CANDIDATE_OFFERED, now));
                }
            }
            case "MatchAccepted" -> planned.add(toCoordinators(change, Kind.OFFER_ACCEPTED, now));
            case "MatchDeclined" -> planned.add(toCoordinators(change, Kind.OFFER_DECLINED, now));
            case "MatchExpired" -> {
                addToVolunteer(planned, change, Kind.OFFER_EXPIRED, now);
                planned.add(toCoordinators(change, Kind.OFFER_EXPIRED_COORDINATORS, now));
            }
            case "MatchWithdrawn" -> addToVolunteer(planned, change, Kind.OFFER_WITHDRAWN, now);
            case "MatchActivated" -> addToVolunteer(planned, change, Kind.MATCH_ACTIVATED, now);
            default -> {
                // MatchCompleted, MatchEnded and any later type: no message
            }
        }
        return planned;
    }

    /** Whether messages that need an open offer (the offer mail, the reminder) must be called off after this event. */
    public static boolean closesTheOffer(MatchChange change) {
        return !"PROPOSED".equals(change.status());
    }

    private static void addToVolunteer(List<Planned> planned, MatchChange change, Kind kind, Instant now) {
        if (change.volunteerId() != null) {
            planned.add(toVolunteer(change, kind, now));
        }
    }

    private static Planned toVolunteer(MatchChange change, Kind kind, Instant due) {
        String recipient = change.volunteerId().toString();
        return new Planned(DeliveryKey.match(change.matchId(), change.version(), kind, recipient), kind, recipient,
                change.organisation(), change.matchId(), due, facts(change));
    }

    private static Planned toCoordinators(MatchChange change, Kind kind, Instant due) {
        String recipient = DeliveryKey.organisation(change.organisation());
        return new Planned(DeliveryKey.match(change.matchId(), change.version(), kind, recipient), kind,
                change.organisation(), change.organisation(), change.matchId(), due, facts(change));
    }

    private static Map<String, Object> facts(MatchChange change) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("matchId", change.matchId().toString());
        facts.put("requestId", change.requestId() == null ? null : change.requestId().toString());
        if (change.volunteerId() != null) {
            facts.put("volunteerId", change.volunteerId().toString());
        }
        if (change.answerDeadline() != null) {
            facts.put("answerDeadline", change.answerDeadline().toString());
        }
        if (change.answerChannel() != null) {
            facts.put("answerChannel", change.answerChannel());
        }
        facts.values().removeIf(java.util.Objects::isNull);
        return facts;
    }
}
