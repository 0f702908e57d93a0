package nl.talentenbureau.matching.match;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The payload of every match event in the outbox (MatchProposed, MatchAccepted, MatchDeclined, MatchExpired,
 * MatchWithdrawn, MatchActivated, MatchCompleted, MatchEnded, MatchVolunteerLinked: the volunteer's account subject
 * changed, at the match's own version, nothing else changed; and MatchVolunteerErased: the volunteer was erased, on
 * every match she ever had, open or closed, at its own version): ids, status, hours, times and how the offer was
 * answered only. No names and no free text (decline and end reasons, feedback comments may carry personal data), and
 * not who answered for the volunteer. {@code volunteerSubject} is the volunteer's account subject from the volunteer
 * feed (null when the feed carries none, and once the volunteer is erased), so request-service can tell a volunteer
 * their requests.
 * <p>
 * {@code answerDeadline} is the offer's deadline, on every event of the match; {@code automatic} is true only on the
 * MatchProposed of an offer the service made itself to the next candidate after a decline or expiry;
 * {@code answerChannel} is how the offer was answered (SELF, PHONE, IN_PERSON, PAPER), null until it was, and kept
 * on the match's later events. {@code closedBecause} says why the service withdrew or ended a match itself (its
 * request ended, its volunteer stopped or was erased), null on every other event. Consumers ignore fields they do
 * not know, so fields are only ever added.
 */
public record MatchEvent(UUID matchId, long version, UUID requestId, UUID volunteerId, String volunteerSubject,
        String organisation, MatchStatus status, BigDecimal hoursLogged, OffsetDateTime at,
        OffsetDateTime answerDeadline, boolean automatic, AnswerChannel answerChannel, ClosedBecause closedBecause) {

    static final String PROPOSED = "MatchProposed";
    static final String VOLUNTEER_LINKED = "MatchVolunteerLinked";
    static final String VOLUNTEER_ERASED = "MatchVolunteerErased";

    static MatchEvent of(Match match, String type, String volunteerSubject, OffsetDateTime at,
            ClosedBecause closedBecause) {
        boolean automatic = PROPOSED.equals(type) && MatchProposer.AUTO_OFFER.equals(match.createdBy);
        return new MatchEvent(match.id, match.version, match.requestId, match.volunteerId, volunteerSubject,
                match.organisation, match.status, match.hoursLogged, at, match.answerDeadline, automatic,
                match.answerChannel, closedBecause);
    }
}
