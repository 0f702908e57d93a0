package nl.talentenbureau.matching.match;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MatchRepository implements PanacheRepositoryBase<Match, UUID> {

    private final EntityManager em;

    public MatchRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Locks the volunteer's projection row until the transaction ends and answers its snapshot (JSON): every
     * transaction that proposes or accepts a match for this volunteer goes through here first, so counting their
     * live matches and adding one is never interleaved with another.
     */
    public Optional<String> lockVolunteer(UUID volunteerId) {
        List<?> rows = em.createNativeQuery(
                "select cast(snapshot as text) from volunteer_projection where id = ?1 for update")
                .setParameter(1, volunteerId).getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    /** Locks the match's row until the transaction ends (when its volunteer has no projection row to lock). */
    public void lockMatch(UUID matchId) {
        em.createNativeQuery("select id from match where id = ?1 for update").setParameter(1, matchId)
                .getResultList();
    }

    /**
     * The volunteer's matches that are still open (PROPOSED) or live (ACCEPTED, ACTIVE), by id: one volunteer, so
     * one row lock, taken in the same order as {@link #openOrLiveOf}.
     */
    public List<UUID> openOrLiveOfVolunteer(UUID volunteerId) {
        return find("volunteerId = ?1 and status in ?2 order by id", volunteerId,
                List.of(MatchStatus.PROPOSED, MatchStatus.ACCEPTED, MatchStatus.ACTIVE))
                .list().stream().map(m -> m.id).toList();
    }

    /**
     * An erased volunteer's free text on their matches: decline and end reasons, and the feedback comments of both
     * sides, which may speak of them (ratings and hours stay: reports count them).
     *
     * @return the matches and feedback rows that held text
     */
    public int forgetTextOf(UUID volunteerId) {
        int reasons = em.createNativeQuery("""
                update match set decline_reason = null, end_reason = null
                where volunteer_id = ?1 and (decline_reason is not null or end_reason is not null)""")
                .setParameter(1, volunteerId).executeUpdate();
        int comments = em.createNativeQuery("""
                update match_feedback set comment = null
                where comment is not null and match_id in (select id from match where volunteer_id = ?1)""")
                .setParameter(1, volunteerId).executeUpdate();
        return reasons + comments;
    }

    /** Every match of the volunteer, in any status. */
    public List<UUID> allOfVolunteer(UUID volunteerId) {
        return find("volunteerId = ?1 order by id", volunteerId).list().stream().map(m -> m.id).toList();
    }

    /** The projected volunteers whose own account has this token subject (one, unless the feed says otherwise). */
    @SuppressWarnings("unchecked")
    public List<UUID> volunteersOf(String subject) {
        return em.createNativeQuery("select id from volunteer_projection where subject = ?1 order by id", UUID.class)
                .setParameter(1, subject).getResultList();
    }

    public long countLive(UUID volunteerId) {
        return count("volunteerId = ?1 and status in ?2", volunteerId,
                List.of(MatchStatus.ACCEPTED, MatchStatus.ACTIVE));
    }

    public boolean pairIsLive(UUID requestId, UUID volunteerId) {
        return count("requestId = ?1 and volunteerId = ?2 and status in ?3", requestId, volunteerId,
                List.of(MatchStatus.PROPOSED, MatchStatus.ACCEPTED, MatchStatus.ACTIVE)) > 0;
    }

    /** Open offers: PROPOSED, deadline not passed, oldest first. */
    public List<Match> openOffers(List<UUID> volunteerIds, OffsetDateTime now, int page, int size) {
        return find("volunteerId in ?1 and status = ?2 and answerDeadline > ?3 order by proposedAt, id",
                volunteerIds, MatchStatus.PROPOSED, now).page(page, size).list();
    }

    public long countOpenOffers(List<UUID> volunteerIds, OffsetDateTime now) {
        return count("volunteerId in ?1 and status = ?2 and answerDeadline > ?3", volunteerIds,
                MatchStatus.PROPOSED, now);
    }

    /**
     * Like {@link #lockVolunteer} but skips a row another transaction holds (empty then): auto-offer locks a second
     * volunteer while holding the first, and must never wait on a transaction that may wait on it.
     */
    public Optional<String> lockVolunteerIfFree(UUID volunteerId) {
        List<?> rows = em.createNativeQuery(
                "select cast(snapshot as text) from volunteer_projection where id = ?1 for update skip locked")
                .setParameter(1, volunteerId).getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    /**
     * The request's matches that are still open (PROPOSED) or live (ACCEPTED, ACTIVE), by volunteer then id: the
     * order in which their volunteers' rows are locked, the same in every transaction that walks them.
     */
    public List<UUID> openOrLiveOf(UUID requestId) {
        return find("requestId = ?1 and status in ?2 order by volunteerId, id", requestId,
                List.of(MatchStatus.PROPOSED, MatchStatus.ACCEPTED, MatchStatus.ACTIVE))
                .list().stream().map(m -> m.id).toList();
    }

    /** Every volunteer ever proposed for the request, whatever became of it. */
    @SuppressWarnings("unchecked")
    public Set<UUID> proposedFor(UUID requestId) {
        return new HashSet<UUID>(em.createNativeQuery("select volunteer_id from match where request_id = ?1",
                UUID.class).setParameter(1, requestId).getResultList());
    }

    /** An organisation's matches, optionally of one request and one status; newest first. */
    public List<Match> ofOrganisation(String organisation, UUID requestId, MatchStatus status, int page, int size) {
        Filter f = filter(organisation, requestId, status);
        return find(f.query() + " order by proposedAt desc, id", f.params()).page(page, size).list();
    }

    public long countOfOrganisation(String organisation, UUID requestId, MatchStatus status) {
        Filter f = filter(organisation, requestId, status);
        return count(f.query(), f.params());
    }

    private record Filter(String query, Map<String, Object> params) {
    }

    private static Filter filter(String organisation, UUID requestId, MatchStatus status) {
        StringBuilder query = new StringBuilder("organisation = :organisation");
        Map<String, Object> params = new HashMap<>();
        params.put("organisation", organisation);
        if (requestId != null) {
            query.append(" and requestId = :requestId");
            params.put("requestId", requestId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        return new Filter(query.toString(), params);
    }

    /** A volunteer's own matches in one status, newest first. */
    public List<Match> ofVolunteers(List<UUID> volunteerIds, MatchStatus status, int page, int size) {
        return find("volunteerId in ?1 and status = ?2 order by proposedAt desc, id", volunteerIds, status)
                .page(page, size).list();
    }

    /** Every match of these volunteers, any status, oldest first (their export). */
    public List<Match> allOfVolunteers(List<UUID> volunteerIds) {
        return list("volunteerId in ?1 order by proposedAt, id", volunteerIds);
    }

    public long countOfVolunteers(List<UUID> volunteerIds, MatchStatus status) {
        return count("volunteerId in ?1 and status = ?2", volunteerIds, status);
    }

    /** One offer on the call list, with how its volunteer is reached and whether they have an account. */
    public record WaitingForCall(UUID matchId, UUID requestId, UUID volunteerId, String organisation,
            OffsetDateTime answerDeadline, String reachBy, boolean hasAccount) {
    }

    private static final String CALL_LIST = """
            from match m join volunteer_projection v on v.id = m.volunteer_id
            where m.status = 'PROPOSED' and m.answer_deadline > ?1
              and (v.reach_by = 'PHONE' or v.subject is null)
              and (cast(?2 as varchar) is null or m.organisation = ?2)""";

    /**
     * Open offers (PROPOSED, deadline not passed) whose volunteer cannot answer online: reached by PHONE, or without
     * an account subject. Nearest deadline first (then match id); one organisation's, or every one's when null.
     */
    @SuppressWarnings("unchecked")
    public List<WaitingForCall> waitingForCall(String organisation, OffsetDateTime now, int page, int size) {
        List<Object[]> rows = em.createNativeQuery("""
                select m.id, m.request_id, m.volunteer_id, m.organisation, m.answer_deadline, v.reach_by,
                       v.subject is not null
                """ + CALL_LIST + " order by m.answer_deadline, m.id limit ?3 offset ?4")
                .setParameter(1, now).setParameter(2, organisation).setParameter(3, size)
                .setParameter(4, (long) page * size).getResultList();
        return rows.stream().map(r -> new WaitingForCall((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                toTime(r[4]), (String) r[5], (Boolean) r[6])).toList();
    }

    public long countWaitingForCall(String organisation, OffsetDateTime now) {
        return ((Number) em.createNativeQuery("select count(*) " + CALL_LIST).setParameter(1, now)
                .setParameter(2, organisation).getSingleResult()).longValue();
    }

    /** PROPOSED matches whose answer deadline has passed, oldest deadline first. */
    public List<UUID> dueOffers(OffsetDateTime now, int limit) {
        return find("status = ?1 and answerDeadline <= ?2 order by answerDeadline, id", MatchStatus.PROPOSED, now)
                .page(0, limit).list().stream().map(m -> m.id).toList();
    }

    public void insertHours(UUID id, UUID matchId, LocalDate workedOn, BigDecimal hours, Side loggedBy,
            OffsetDateTime loggedAt) {
        em.createNativeQuery("""
                insert into match_hours (id, match_id, worked_on, hours, logged_by, logged_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, id).setParameter(2, matchId).setParameter(3, workedOn).setParameter(4, hours)
                .setParameter(5, loggedBy.name()).setParameter(6, loggedAt).executeUpdate();
    }

    /** The hours of a match, by day worked then time logged. */
    public List<HoursView> hoursOf(UUID matchId) {
        return hours("where match_id = ?1", matchId, null);
    }

    public Optional<HoursView> hoursEntry(UUID matchId, UUID id) {
        return hours("where match_id = ?1 and id = ?2", matchId, id).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<HoursView> hours(String where, UUID matchId, UUID id) {
        var query = em.createNativeQuery("select id, match_id, worked_on, hours, logged_by, logged_at from match_hours "
                + where + " order by worked_on, logged_at, id").setParameter(1, matchId);
        if (id != null) {
            query.setParameter(2, id);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new HoursView((UUID) r[0], (UUID) r[1], toDate(r[2]), (BigDecimal) r[3],
                        Side.valueOf((String) r[4]), toTime(r[5])))
                .toList();
    }

    /** @return false when this side has given feedback on the match already */
    public boolean insertFeedback(UUID matchId, Side side, int rating, String comment, OffsetDateTime at) {
        return em.createNativeQuery("""
                insert into match_feedback (match_id, side, rating, comment, given_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict (match_id, side) do nothing""")
                .setParameter(1, matchId).setParameter(2, side.name()).setParameter(3, (short) rating)
                .setParameter(4, comment).setParameter(5, at).executeUpdate() > 0;
    }

    @SuppressWarnings("unchecked")
    public List<FeedbackView> feedbackOf(UUID matchId) {
        List<Object[]> rows = em.createNativeQuery(
                "select side, rating, comment, given_at from match_feedback where match_id = ?1 order by side")
                .setParameter(1, matchId).getResultList();
        return rows.stream().map(r -> new FeedbackView(Side.valueOf((String) r[0]), ((Number) r[1]).intValue(),
                (String) r[2], toTime(r[3]))).toList();
    }

    /**
     * Erasure of a request's requester: its matches forget the requester's key (no later request links to them) and
     * their free text (reasons, feedback comments). Counts, ratings and hours stay.
     *
     * @return the volunteers of the request's matches
     */
    @SuppressWarnings("unchecked")
    public List<UUID> forgetRequester(UUID requestId) {
        em.createNativeQuery("""
                update match_feedback set comment = null
                where comment is not null and match_id in (select id from match where request_id = ?1)""")
                .setParameter(1, requestId).executeUpdate();
        return em.createNativeQuery("""
                update match set requester_key = null, decline_reason = null, end_reason = null
                where request_id = ?1 returning volunteer_id""", UUID.class)
                .setParameter(1, requestId).getResultList();
    }

    /**
     * Retention: blanks decline and end reasons and feedback comments of matches that closed (declined, expired,
     * withdrawn, completed, ended) before {@code cutoff}.
     *
     * @return how many matches and feedbacks lost their free text
     */
    public int blankFreeTextClosedBefore(OffsetDateTime cutoff) {
        String closedBefore = """
                status in ('DECLINED', 'EXPIRED', 'WITHDRAWN', 'COMPLETED', 'ENDED')
                and coalesce(closed_at, decided_at, answer_deadline) < ?1""";
        int feedback = em.createNativeQuery("update match_feedback set comment = null where comment is not null"
                + " and match_id in (select id from match where " + closedBefore + ")")
                .setParameter(1, cutoff).executeUpdate();
        int reasons = em.createNativeQuery("update match set decline_reason = null, end_reason = null where "
                + closedBefore + " and (decline_reason is not null or end_reason is not null)")
                .setParameter(1, cutoff).executeUpdate();
        return feedback + reasons;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime toTime(Object value) {
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return ((OffsetDateTime) value).withOffsetSameInstant(java.time.ZoneOffset.UTC);
    }
}
