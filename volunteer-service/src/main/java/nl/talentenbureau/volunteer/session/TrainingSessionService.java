package nl.talentenbureau.volunteer.session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.volunteer.catalog.CatalogService;
import nl.talentenbureau.volunteer.core.ProfileErasure;
import nl.talentenbureau.volunteer.core.Profiles;
import nl.talentenbureau.volunteer.screening.ScreeningService;

/**
 * Training sessions and their enrolments. Every write locks the session's row first
 * ({@link TrainingSessionRepository#locked}), so places, the waiting list's order and the moving up stay exact
 * under any number of parallel enrolments; the rule itself is {@link Roster}, the state rules {@link SessionStatus}.
 * Attendance hands the completed training to the screening feature, which keeps the record matching reads.
 */
@ApplicationScoped
public class TrainingSessionService {

    static final int MAX_LISTED = 200;

    private final TrainingSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final CatalogService catalog;
    private final Profiles profiles;
    private final ScreeningService screening;

    public TrainingSessionService(TrainingSessionRepository sessions, EnrolmentRepository enrolments,
            CatalogService catalog, Profiles profiles, ScreeningService screening) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.profiles = profiles;
        this.screening = screening;
    }

    /** Whether the enrolment was made by this call (201) or was there already (200). */
    public record Enrolled(EnrolmentView enrolment, boolean created) {
    }

    @Transactional
    public SessionDetails create(String organisation, SessionInput.Session input) {
        catalog.checkAssignableTraining("training", input.training());
        checkPlaceAndTime(input);
        OffsetDateTime now = now();
        TrainingSession session = new TrainingSession();
        session.id = UUID.randomUUID();
        session.version = 1;
        session.trainingCode = input.training();
        session.organisation = organisation;
        session.status = SessionStatus.SCHEDULED;
        session.nextSeq = 1;
        session.createdAt = now;
        apply(session, input, now);
        sessions.persist(session);
        return new SessionDetails(session, new Roster(session.places, List.of()));
    }

    /** Sessions from {@code from} on, by date and start time; at most {@value #MAX_LISTED}. */
    public List<SessionDetails> list(String training, String kern, String organisation, LocalDate from) {
        StringBuilder query = new StringBuilder("heldOn >= :from");
        Parameters parameters = Parameters.with("from", from);
        if (training != null) {
            query.append(" and trainingCode = :training");
            parameters.and("training", training);
        }
        if (kern != null) {
            query.append(" and kern = :kern");
            parameters.and("kern", kern);
        }
        if (organisation != null) {
            query.append(" and organisation = :organisation");
            parameters.and("organisation", organisation);
        }
        List<TrainingSession> found = sessions.find(query.toString(), Sort.by("heldOn").and("startsAt").and("id"),
                parameters).page(0, MAX_LISTED).list();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Roster.Entry>> entries = new HashMap<>();
        enrolments.list("sessionId in ?1 and status in ?2", found.stream().map(s -> s.id).toList(),
                List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING))
                .forEach(e -> entries.computeIfAbsent(e.sessionId, id -> new ArrayList<>()).add(e.entry()));
        return found.stream()
                .map(s -> new SessionDetails(s, new Roster(s.places, entries.getOrDefault(s.id, List.of()))))
                .toList();
    }

    public SessionDetails details(UUID id) {
        TrainingSession session = sessions.findByIdOptional(id).orElseThrow(TrainingSessionService::notFound);
        return new SessionDetails(session, roster(session, enrolments.ofSession(id)));
    }

    /** Replaces the session's fields; more places move the waiting list up, fewer than are taken is 409. */
    @Transactional
    public SessionDetails update(UUID id, String organisation, IfMatch ifMatch, SessionInput.Session input) {
        TrainingSession session = lockedOwn(id, organisation);
        ifMatch.requireCurrent(session.version);
        session.status.requireScheduled();
        if (!session.trainingCode.equals(input.training())) {
            throw ProblemException.conflict("a session's training cannot change: cancel it and schedule another");
        }
        checkPlaceAndTime(input);
        List<Enrolment> all = enrolments.ofSession(id);
        if (!roster(session, all).fits(input.places())) {
            throw ProblemException.conflict(
                    "more volunteers hold a place than " + input.places() + ": cancel enrolments first");
        }
        apply(session, input, now());
        session.version++;
        return new SessionDetails(session, moveUp(session, all));
    }

    /** Cancels the session; the enrolments stay as they were, for the record. */
    @Transactional
    public SessionDetails cancel(UUID id, String organisation, IfMatch ifMatch) {
        TrainingSession session = lockedOwn(id, organisation);
        ifMatch.requireCurrent(session.version);
        session.status.requireScheduled();
        session.status = SessionStatus.CANCELLED;
        session.updatedAt = now();
        session.version++;
        return new SessionDetails(session, roster(session, enrolments.ofSession(id)));
    }

    /** Every enrolment, in the order they were made: for the coordinators of the session's organisation. */
    public List<EnrolmentView> enrolments(UUID id, String organisation) {
        TrainingSession session = sessions.findByIdOptional(id).orElseThrow(TrainingSessionService::notFound);
        requireOwn(session, organisation);
        List<Enrolment> all = enrolments.ofSession(id);
        Roster roster = roster(session, all);
        return all.stream().map(e -> EnrolmentView.of(e, roster)).toList();
    }

    /** A coordinator of the session's organisation enrols a volunteer of the pool; 409 when they are on it already. */
    @Transactional
    public EnrolmentView enrol(UUID id, String organisation, UUID volunteerId) {
        TrainingSession session = lockedOwn(id, organisation);
        if (!profiles.present(volunteerId)) {
            throw ProblemException.unprocessable("volunteerId", "no such volunteer");
        }
        Enrolled enrolled = enrol(session, volunteerId, EnrolledBy.COORDINATOR);
        if (!enrolled.created()) {
            throw ProblemException.conflict("the volunteer is enrolled or waiting already");
        }
        return enrolled.enrolment();
    }

    /** The volunteer enrols themselves; asking again answers the enrolment they have. */
    @Transactional
    public Enrolled enrolSelf(UUID id, String subject) {
        UUID volunteerId = profiles.ownId(subject);
        TrainingSession session = sessions.locked(id).orElseThrow(TrainingSessionService::notFound);
        return enrol(session, volunteerId, EnrolledBy.SELF);
    }

    @Transactional
    public EnrolmentView cancelEnrolment(UUID id, String organisation, UUID volunteerId) {
        return cancelEnrolment(lockedOwn(id, organisation), volunteerId);
    }

    @Transactional
    public EnrolmentView cancelOwn(UUID id, String subject) {
        UUID volunteerId = profiles.ownId(subject);
        return cancelEnrolment(sessions.locked(id).orElseThrow(TrainingSessionService::notFound), volunteerId);
    }

    /**
     * Records who came, once, on or after the session's day: the enrolled volunteers listed are ATTENDED and get the
     * completed training (with its expiry from the catalogue), the others ABSENT. 422 names a listed volunteer who
     * held no place.
     */
    @Transactional
    public List<EnrolmentView> recordAttendance(UUID id, String organisation, List<UUID> attended) {
        TrainingSession session = lockedOwn(id, organisation);
        session.status.requireAttendanceRecordable(session.heldOn, LocalDate.now());
        List<Enrolment> all = enrolments.ofSession(id);
        Map<UUID, Enrolment> byVolunteer = new HashMap<>();
        all.forEach(e -> byVolunteer.put(e.volunteerId, e));
        Set<UUID> came = new LinkedHashSet<>();
        for (int i = 0; i < attended.size(); i++) {
            Enrolment enrolment = byVolunteer.get(attended.get(i));
            if (enrolment == null || enrolment.status != EnrolmentStatus.ENROLLED) {
                throw ProblemException.unprocessable("attended[" + i + "]", "held no place in this session");
            }
            came.add(enrolment.volunteerId);
        }
        for (Enrolment enrolment : all) {
            if (enrolment.status == EnrolmentStatus.ENROLLED) {
                enrolment.status = came.contains(enrolment.volunteerId)
                        ? EnrolmentStatus.ATTENDED
                        : EnrolmentStatus.ABSENT;
            }
        }
        session.status = SessionStatus.HELD;
        session.attended = came.size();
        session.updatedAt = now();
        session.version++;
        // last: each record bumps the profile and writes its feed event, which must be the transaction's last writes;
        // a newer completion the volunteer holds stays (attendance is often recorded late)
        for (UUID volunteerId : came) {
            screening.recordAttended(volunteerId, session.trainingCode, session.heldOn);
        }
        Roster roster = roster(session, all);
        return all.stream().map(e -> EnrolmentView.of(e, roster)).toList();
    }

    /** Every enrolment of the volunteer with its session's facts, by date: for their export. */
    public List<EnrolmentExport> enrolmentsOf(UUID volunteerId) {
        List<Enrolment> own = enrolments.ofVolunteer(volunteerId);
        if (own.isEmpty()) {
            return List.of();
        }
        Map<UUID, TrainingSession> held = new HashMap<>();
        sessions.list("id in ?1", own.stream().map(e -> e.sessionId).toList()).forEach(s -> held.put(s.id, s));
        return own.stream().map(e -> {
            TrainingSession s = held.get(e.sessionId);
            return new EnrolmentExport(s.id, s.trainingCode, s.heldOn, s.kern, s.place, s.organisation, e.status,
                    e.enrolledBy, e.requestedAt);
        }).sorted(java.util.Comparator.comparing(EnrolmentExport::heldOn).thenComparing(EnrolmentExport::sessionId))
                .toList();
    }

    /** Erasure: a place the volunteer held goes to the next in line, then their enrolments are deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(@Observes ProfileErasure erasure) {
        for (Enrolment enrolment : enrolments.ofVolunteer(erasure.volunteerId())) {
            if (enrolment.status.active()) {
                sessions.locked(enrolment.sessionId).ifPresent(session -> {
                    enrolment.status = EnrolmentStatus.CANCELLED;
                    if (session.status == SessionStatus.SCHEDULED) {
                        moveUp(session, enrolments.ofSession(session.id));
                    }
                });
            }
        }
        enrolments.flush();
        enrolments.deleteOfVolunteer(erasure.volunteerId());
    }

    private Enrolled enrol(TrainingSession session, UUID volunteerId, EnrolledBy by) {
        session.status.requireOpenForEnrolment(session.heldOn, LocalDate.now());
        List<Enrolment> all = enrolments.ofSession(session.id);
        Enrolment existing = all.stream().filter(e -> e.volunteerId.equals(volunteerId)).findFirst().orElse(null);
        if (existing != null && existing.status.active()) {
            return new Enrolled(EnrolmentView.of(existing, roster(session, all)), false);
        }
        Enrolment enrolment = existing != null ? existing : new Enrolment();
        enrolment.sessionId = session.id;
        enrolment.volunteerId = volunteerId;
        enrolment.seq = session.nextSeq++;
        enrolment.status = roster(session, all).admit();
        enrolment.enrolledBy = by;
        enrolment.requestedAt = now();
        if (existing == null) {
            enrolments.persist(enrolment);
            all = new ArrayList<>(all);
            all.add(enrolment);
        }
        return new Enrolled(EnrolmentView.of(enrolment, roster(session, all)), true);
    }

    private EnrolmentView cancelEnrolment(TrainingSession session, UUID volunteerId) {
        session.status.requireOpenForEnrolment(session.heldOn, LocalDate.now());
        List<Enrolment> all = enrolments.ofSession(session.id);
        Enrolment enrolment = all.stream().filter(e -> e.volunteerId.equals(volunteerId) && e.status.active())
                .findFirst().orElseThrow(() -> ProblemException.notFound("enrolment"));
        enrolment.status = EnrolmentStatus.CANCELLED;
        Roster roster = moveUp(session, all);
        return EnrolmentView.of(enrolment, roster);
    }

    /** Gives free places to the first in line; answers the roster after. */
    private static Roster moveUp(TrainingSession session, List<Enrolment> all) {
        Set<UUID> up = Set.copyOf(roster(session, all).movingUp());
        all.stream().filter(e -> up.contains(e.volunteerId)).forEach(e -> e.status = EnrolmentStatus.ENROLLED);
        return roster(session, all);
    }

    private static Roster roster(TrainingSession session, List<Enrolment> all) {
        return new Roster(session.places, all.stream().filter(e -> e.status.active()).map(Enrolment::entry).toList());
    }

    private TrainingSession lockedOwn(UUID id, String organisation) {
        TrainingSession session = sessions.locked(id).orElseThrow(TrainingSessionService::notFound);
        requireOwn(session, organisation);
        return session;
    }

    private static void requireOwn(TrainingSession session, String organisation) {
        if (!session.organisation.equals(organisation)) {
            throw ProblemException.forbidden("only coordinators of the organisation that gives the session manage it");
        }
    }

    private void checkPlaceAndTime(SessionInput.Session input) {
        catalog.checkKern("kern", input.kern());
        if (!input.end().isAfter(input.start())) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
    }

    private static void apply(TrainingSession session, SessionInput.Session input, OffsetDateTime now) {
        session.heldOn = input.heldOn();
        session.startsAt = input.start();
        session.endsAt = input.end();
        session.kern = input.kern();
        session.place = input.place().strip();
        session.trainer = input.trainer().strip();
        session.places = input.places();
        session.updatedAt = now;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("training session");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
