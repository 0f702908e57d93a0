package nl.talentenbureau.volunteer.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import nl.talentenbureau.platform.feed.OutboxWriter;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.volunteer.VolunteerConfig;
import nl.talentenbureau.volunteer.catalog.CatalogService;
import nl.talentenbureau.volunteer.core.ConfirmationTokens;

/**
 * Events for 60-plussers and their anonymous sign-ups. A sign-up takes the event's row lock first
 * ({@link OutreachRepository#locked}), so parallel sign-ups never take more than the event's places. The feed gets
 * ids only (aggregate {@value #AGGREGATE}); notification-service reads name and address at send time.
 */
@ApplicationScoped
public class OutreachService {

    static final String AGGREGATE = "outreach-signup";
    static final int MAX_LISTED = 200;

    private final OutreachRepository events;
    private final SignupRepository signups;
    private final CatalogService catalog;
    private final OutboxWriter outbox;
    private final VolunteerConfig config;

    public OutreachService(OutreachRepository events, SignupRepository signups, CatalogService catalog,
            OutboxWriter outbox, VolunteerConfig config) {
        this.events = events;
        this.signups = signups;
        this.catalog = catalog;
        this.outbox = outbox;
        this.config = config;
    }

    /** An event and how many places its sign-ups hold. */
    public record Details(OutreachEvent event, long taken) {

        public OutreachView view() {
            return OutreachView.of(event, taken);
        }

        public PublicOutreachView publicView() {
            return PublicOutreachView.of(event, taken);
        }
    }

    /** What an applicant's mail says about the event they came from. */
    public record EventFacts(UUID id, String organisation, String title, LocalDate heldOn, String kern) {
    }

    @Transactional
    public Details create(String organisation, OutreachInput.Event input) {
        catalog.checkKern("kern", input.kern());
        OffsetDateTime now = now();
        OutreachEvent event = new OutreachEvent();
        event.id = UUID.randomUUID();
        event.organisation = organisation;
        event.createdAt = now;
        apply(event, input, now);
        events.persist(event);
        events.flush();
        return new Details(event, 0);
    }

    /** Of one organisation (null: every one, for an admin), latest first. */
    public List<Details> list(String organisation) {
        List<OutreachEvent> found = organisation == null
                ? events.findAll(Sort.descending("heldOn").and("id")).page(0, MAX_LISTED).list()
                : events.find("organisation", Sort.descending("heldOn").and("id"), organisation).page(0, MAX_LISTED)
                        .list();
        return withTaken(found);
    }

    public Details get(UUID id, String organisation, boolean admin) {
        OutreachEvent event = admin ? find(id) : own(id, organisation);
        return new Details(event, signups.taken(id));
    }

    /** Upcoming events from today, soonest first, optionally in one kern. */
    public List<Details> upcoming(String kern) {
        StringBuilder query = new StringBuilder("heldOn >= :today");
        Parameters parameters = Parameters.with("today", LocalDate.now());
        if (kern != null) {
            query.append(" and kern = :kern");
            parameters.and("kern", kern);
        }
        return withTaken(events.find(query.toString(), Sort.by("heldOn").and("startsAt").and("id"), parameters)
                .page(0, MAX_LISTED).list());
    }

    private List<Details> withTaken(List<OutreachEvent> found) {
        Map<UUID, Long> taken = signups.takenOf(found.stream().map(e -> e.id).toList());
        return found.stream().map(e -> new Details(e, taken.getOrDefault(e.id, 0L))).toList();
    }

    /** An upcoming event (404 when unknown or past). */
    public Details upcoming(UUID id) {
        OutreachEvent event = find(id);
        if (event.heldOn.isBefore(LocalDate.now())) {
            throw notFound();
        }
        return new Details(event, signups.taken(id));
    }

    /**
     * An anonymous sign-up, up to and including the event's day, while places are free (409 when full). It holds its
     * place at once; unconfirmed, it is deleted after {@code volunteer.recruitment.unconfirmed-kept-for}.
     */
    @Transactional
    public SignupReceipt signUp(UUID eventId, OutreachInput.SignUp input) {
        OutreachEvent event = events.locked(eventId).orElseThrow(OutreachService::notFound);
        if (event.heldOn.isBefore(LocalDate.now())) {
            throw notFound();
        }
        // the same address again (a double click, the back button): the one sign-up, no second place or mail;
        // under the event's lock, so two sends at once find each other
        Optional<Signup> again = signups.ofEventFrom(eventId, input.email());
        if (again.isPresent()) {
            return receipt(again.get());
        }
        if (signups.taken(eventId) >= event.places) {
            throw ProblemException.conflict("the event is full");
        }
        OffsetDateTime now = now();
        Signup signup = new Signup();
        signup.id = UUID.randomUUID();
        signup.eventId = eventId;
        signup.name = input.name().strip();
        signup.email = input.email().strip();
        signup.phone = input.phone() == null || input.phone().isBlank() ? null : input.phone().strip();
        signup.interested = input.interested();
        signup.consentAt = now;
        signup.confirmToken = ConfirmationTokens.next();
        signup.createdAt = now;
        signups.persist(signup);
        outbox.append(AGGREGATE, signup.id, "OutreachSignedUp", () -> ids(signup));
        return receipt(signup);
    }

    private SignupReceipt receipt(Signup signup) {
        return signup.confirmedAt == null
                ? new SignupReceipt(signup.id, signup.eventId, "UNCONFIRMED",
                        signup.createdAt.plus(config.recruitment().unconfirmedKeptFor()))
                : new SignupReceipt(signup.id, signup.eventId, "CONFIRMED", null);
    }

    /** The mail's link: keeps the sign-up. Following it again answers the same; an unknown token is 404. */
    @Transactional
    public SignupReceipt confirm(String token) {
        Signup signup = signups.byToken(token).orElseThrow(() -> ProblemException.notFound("sign-up for this link"));
        if (signup.confirmedAt == null) {
            signup.confirmedAt = now();
            outbox.append(AGGREGATE, signup.id, "OutreachSignupConfirmed", () -> ids(signup));
        }
        return new SignupReceipt(signup.id, signup.eventId, "CONFIRMED", null);
    }

    /** Every sign-up of the event, in the order made: for the coordinators of its organisation. */
    public List<SignupView> signups(UUID eventId, String organisation) {
        own(eventId, organisation);
        return signups.ofEvent(eventId).stream().map(SignupView::of).toList();
    }

    /**
     * After the event (from its day on), once: each confirmed sign-up that showed interest gets a mail with a link to
     * apply (source EVENT). 409 before the day or when done already.
     */
    @Transactional
    public InvitationsView invite(UUID eventId, String organisation) {
        OutreachEvent event = events.locked(eventId).orElseThrow(OutreachService::notFound);
        requireOwn(event, organisation);
        if (LocalDate.now().isBefore(event.heldOn)) {
            throw ProblemException.conflict("invite after the event: it is on " + event.heldOn);
        }
        if (event.invitedAt != null) {
            throw ProblemException.conflict("those who showed interest were invited already, at " + event.invitedAt);
        }
        OffsetDateTime now = now();
        event.invitedAt = now;
        event.updatedAt = now;
        List<Signup> invited = signups.ofEvent(eventId).stream()
                .filter(s -> s.interested && s.confirmedAt != null && s.erasedAt == null && s.invitedAt == null)
                .toList();
        invited.forEach(s -> s.invitedAt = now);
        events.flush();
        for (Signup signup : invited) {
            outbox.append(AGGREGATE, signup.id, "OutreachInvitedToApply", () -> ids(signup));
        }
        return new InvitationsView(eventId, invited.size(), now);
    }

    /** An event an application names (source EVENT): 422 when there is none. */
    public EventFacts facts(String field, UUID eventId) {
        return events.findByIdOptional(eventId)
                .map(e -> new EventFacts(e.id, e.organisation, e.title, e.heldOn, e.kern))
                .orElseThrow(() -> ProblemException.unprocessable(field, "no such event"));
    }

    /** What a mail to this sign-up needs, at send time; empty when it is unknown, purged or erased. */
    public java.util.Optional<SignupLetter> letter(UUID signupId) {
        return signups.findByIdOptional(signupId).filter(s -> s.erasedAt == null).map(s -> {
            OutreachEvent event = events.findById(s.eventId);
            return new SignupLetter(s.id, s.name, s.email, s.confirmedAt == null ? s.confirmToken : null,
                    s.invitedAt != null, new EventFacts(event.id, event.organisation, event.title, event.heldOn,
                            event.kern),
                    event.startsAt.toString(), event.place);
        });
    }

    /** What the mails to one sign-up say (read at send time, never in a feed). */
    public record SignupLetter(UUID id, String name, String email, String confirmToken, boolean invited,
            EventFacts event, String startsAt, String place) {
    }

    /** Deletes sign-ups never confirmed within the time allowed; answers how many. */
    @Transactional
    public long purgeUnconfirmed(OffsetDateTime now) {
        return signups.deleteUnconfirmed(now.minus(config.recruitment().unconfirmedKeptFor()));
    }

    /** Erases the personal data of sign-ups whose event was long enough ago; the rows stay for the counts. */
    @Transactional
    public int eraseOld(LocalDate today) {
        LocalDate before = today.minusDays(config.recruitment().signupsKeptFor().toDays());
        return signups.update("name = null, email = null, phone = null, confirmToken = null, erasedAt = ?1 "
                + "where erasedAt is null and eventId in (select e.id from OutreachEvent e where e.heldOn < ?2)",
                now(), before);
    }

    private OutreachEvent find(UUID id) {
        return events.findByIdOptional(id).orElseThrow(OutreachService::notFound);
    }

    private OutreachEvent own(UUID id, String organisation) {
        OutreachEvent event = find(id);
        requireOwn(event, organisation);
        return event;
    }

    private static void requireOwn(OutreachEvent event, String organisation) {
        if (!event.organisation.equals(organisation)) {
            throw ProblemException.forbidden("only coordinators of the event's organisation manage it");
        }
    }

    private static void apply(OutreachEvent event, OutreachInput.Event input, OffsetDateTime now) {
        event.title = input.title().strip();
        event.description = input.description().strip();
        event.heldOn = input.heldOn();
        event.startsAt = input.start();
        event.kern = input.kern();
        event.place = input.place().strip();
        event.places = input.places();
        event.updatedAt = now;
    }

    private static Map<String, Object> ids(Signup signup) {
        return Map.of("id", signup.id, "eventId", signup.eventId);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("event");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
