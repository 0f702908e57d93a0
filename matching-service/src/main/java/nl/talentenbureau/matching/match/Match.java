package nl.talentenbureau.matching.match;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A volunteer proposed for (and then answering, doing) one help request. Ids only: no personal data. */
@Entity
@Table(name = "match")
public class Match {

    /** {@link #answeredBy} when the volunteer answered themself. */
    public static final String VOLUNTEER = "volunteer";

    @Id
    public UUID id;
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    /** The request's organisation: its coordinators own the match. */
    public String organisation;
    @Enumerated(EnumType.STRING)
    public MatchStatus status;
    @Version
    public long version;
    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;
    @Column(name = "answer_deadline")
    public OffsetDateTime answerDeadline;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "decline_reason")
    public String declineReason;
    /** Who answered the offer: {@link #VOLUNTEER}, or the subject of the coordinator who answered for them. */
    @Column(name = "answered_by")
    public String answeredBy;
    /** How the offer was answered (SELF, or the channel a coordinator answered for the volunteer through). */
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_channel")
    public AnswerChannel answerChannel;
    /** The subject of the coordinator who proposed it. */
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;
    /** When it became COMPLETED or ENDED. */
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    /** Why an ACTIVE match ended early; free text, never in events or reports. */
    @Column(name = "end_reason")
    public String endReason;
    /** The total of the hours logged on this match (table match_hours). */
    @Column(name = "hours_logged")
    public BigDecimal hoursLogged = BigDecimal.ZERO;
    /** The request's pseudonymous requester key (continuity); null when the request feed carries none. */
    @Column(name = "requester_key")
    public String requesterKey;
}
