package nl.talentenbureau.volunteer.volunteer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.volunteer.account.AccountService;
import nl.talentenbureau.volunteer.application.ApplicationService;
import nl.talentenbureau.volunteer.availability.AvailabilityService;
import nl.talentenbureau.volunteer.availability.WeeklySlots;
import nl.talentenbureau.volunteer.catalog.CatalogService;
import nl.talentenbureau.volunteer.core.AccountProfile;
import nl.talentenbureau.volunteer.core.ApplicantProfile;
import nl.talentenbureau.volunteer.core.ProfileChanged;
import nl.talentenbureau.volunteer.core.ProfileErasure;
import nl.talentenbureau.volunteer.core.Profiles;
import nl.talentenbureau.volunteer.core.Steward;
import nl.talentenbureau.volunteer.matchfeed.MatchLinks;
import nl.talentenbureau.volunteer.privacy.ConsentPurpose;
import nl.talentenbureau.volunteer.privacy.ConsentService;
import nl.talentenbureau.volunteer.screening.ScreeningService;
import nl.talentenbureau.volunteer.session.TrainingSessionService;

/**
 * The volunteer profile: registration, changes with optimistic locking, status steps, memberships, erasure. It reads
 * the parts the other features hold; they reach it back only through {@link Profiles} and events.
 */
@ApplicationScoped
public class VolunteerService implements Profiles {

    private final VolunteerRepository volunteers;
    private final VolunteerSearch search;
    private final VolunteerFeed feed;
    private final CatalogService catalog;
    private final AvailabilityService availability;
    private final ScreeningService screening;
    private final ConsentService consents;
    private final Event<ProfileErasure> erasures;
    private final AccountService accounts;
    private final MatchLinks matchLinks;
    private final TrainingSessionService sessions;
    private final ApplicationService applications;

    public VolunteerService(VolunteerRepository volunteers, VolunteerSearch search, VolunteerFeed feed,
            CatalogService catalog, AvailabilityService availability, ScreeningService screening,
            ConsentService consents, Event<ProfileErasure> erasures, AccountService accounts,
            MatchLinks matchLinks, TrainingSessionService sessions, ApplicationService applications) {
        this.volunteers = volunteers;
        this.search = search;
        this.feed = feed;
        this.catalog = catalog;
        this.availability = availability;
        this.screening = screening;
        this.consents = consents;
        this.erasures = erasures;
        this.accounts = accounts;
        this.matchLinks = matchLinks;
        this.sessions = sessions;
        this.applications = applications;
    }

    public VolunteerDetails details(UUID id) {
        return detailsOf(require(id));
    }

    public VolunteerDetails ownDetails(String subject) {
        return detailsOf(requireOwn(subject));
    }

    /** Everything held on the volunteer (an admin for a data subject's request). */
    public PersonalDataExport export(UUID id) {
        return exportOf(require(id));
    }

    public PersonalDataExport exportOwn(String subject) {
        return exportOf(requireOwn(subject));
    }

    private PersonalDataExport exportOf(Volunteer volunteer) {
        // matching's part is added by the resource, which asks matching-service with the caller's token
        return new PersonalDataExport(OffsetDateTime.now(), VolunteerView.of(detailsOf(volunteer)), null,
                consents.historyOf(volunteer.id), sessions.enrolmentsOf(volunteer.id),
                applications.exportOf(volunteer.id), PersonalDataExport.SHARED_WITH);
    }

    @Override
    public UUID ownId(String subject) {
        return requireOwn(subject).id;
    }

    /** Whether this caller sees the volunteer's e-mail and phone ({@link ContactRule}). */
    public boolean showsContact(Volunteer volunteer, ContactRule rule) {
        return showingContact(List.of(volunteer), rule).contains(volunteer.id);
    }

    /** Of these volunteers, those whose e-mail and phone this caller sees ({@link ContactRule}). */
    public Set<UUID> showingContact(List<Volunteer> shown, ContactRule rule) {
        if (shown.isEmpty()) {
            return Set.of();
        }
        List<UUID> ids = shown.stream().map(v -> v.id).toList();
        Set<UUID> consented = rule.admin()
                ? Set.of()
                : consents.withActive(ids, ConsentPurpose.CONTACT_BY_COORDINATORS);
        Set<UUID> matched = matchLinks.reachableBy(rule.organisation(), ids);
        Set<UUID> showing = new HashSet<>();
        for (Volunteer v : shown) {
            if (rule.shows(v.organisations, matched.contains(v.id), consented.contains(v.id))) {
                showing.add(v.id);
            }
        }
        return showing;
    }

    public PageView<Volunteer> search(VolunteerFilter filter, int page, int size) {
        return search.find(filter, page, size);
    }

    /** A volunteer applies with their own account: the profile is linked to the token's subject. */
    @Transactional
    public VolunteerDetails register(String subject, ProfileInput input) {
        if (ownProfile(subject).isPresent()) {
            throw ProblemException.conflict("your account already has a profile: change it with PUT");
        }
        Volunteer volunteer = newVolunteer();
        volunteer.subject = subject;
        volunteer.capacity = Limits.DEFAULT_CAPACITY;
        apply(volunteer, input);
        volunteers.persist(volunteer);
        return published(volunteer, "VolunteerRegistered");
    }

    /** A coordinator registers someone (for example a volunteer without a smartphone) for their organisation. */
    @Transactional
    public VolunteerDetails create(String organisation, CoordinatorInput input) {
        Volunteer volunteer = newVolunteer();
        volunteer.organisations = new ArrayList<>(List.of(organisation));
        apply(volunteer, input.profile());
        volunteer.capacity = input.capacity();
        volunteers.persist(volunteer);
        return published(volunteer, "VolunteerRegistered");
    }

    /** An application taken up for intake: a profile of the organisation, APPLIED and then INTAKE. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID registerApplicant(ApplicantProfile applicant) {
        catalog.checkKern("kern", applicant.homeKern());
        Volunteer volunteer = newVolunteer();
        volunteer.organisations = new ArrayList<>(List.of(applicant.organisation()));
        volunteer.name = applicant.name().strip();
        volunteer.email = blankToNull(applicant.email());
        volunteer.phone = blankToNull(applicant.phone());
        volunteer.homeKern = applicant.homeKern();
        // the coordinator completes travel distance, talents and availability at the intake (PUT)
        volunteer.maxTravelKm = Limits.APPLICANT_TRAVEL_KM;
        volunteer.capacity = Limits.DEFAULT_CAPACITY;
        volunteers.persist(volunteer);
        published(volunteer, "VolunteerRegistered");
        volunteer.status = VolunteerStatus.INTAKE;
        saved(volunteer, "VolunteerStatusChanged");
        return volunteer.id;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void stepApplicant(UUID volunteerId, String status) {
        step(volunteerId, VolunteerStatus.valueOf(status), IfMatch.ANY);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseProfile(UUID volunteerId) {
        erase(volunteerId);
    }

    /**
     * A coordinator who does not see the volunteer's e-mail and phone ({@link ContactRule}) cannot change them either:
     * they send neither (the stored ones stay) or get 403, whatever the value (so a guess cannot be confirmed).
     */
    @Transactional
    public VolunteerDetails replace(UUID id, IfMatch ifMatch, CoordinatorInput input, ContactRule rule) {
        Volunteer volunteer = require(id);
        ifMatch.requireCurrent(volunteer.version);
        boolean seesContact = showsContact(volunteer, rule);
        if (!seesContact && (blankToNull(input.profile().email()) != null
                || blankToNull(input.profile().phone()) != null)) {
            throw ProblemException.forbidden("you may not see or change this volunteer's e-mail and phone");
        }
        String email = volunteer.email;
        String phone = volunteer.phone;
        apply(volunteer, input.profile());
        if (!seesContact) {
            volunteer.email = email;
            volunteer.phone = phone;
        }
        volunteer.capacity = input.capacity();
        return saved(volunteer, "VolunteerUpdated");
    }

    @Transactional
    public VolunteerDetails replaceOwn(String subject, IfMatch ifMatch, ProfileInput input) {
        Volunteer volunteer = requireOwn(subject);
        ifMatch.requireCurrent(volunteer.version);
        apply(volunteer, input);
        return saved(volunteer, "VolunteerUpdated");
    }

    @Transactional
    public VolunteerDetails step(UUID id, VolunteerStatus target, IfMatch ifMatch) {
        Volunteer volunteer = require(id);
        ifMatch.requireCurrent(volunteer.version);
        if (!volunteer.status.canStepTo(target)) {
            throw ProblemException.illegalTransition(
                    "a volunteer cannot go from " + volunteer.status + " to " + target + "; allowed: "
                            + volunteer.status.next());
        }
        if (target == VolunteerStatus.STOPPED) {
            // the account can no longer sign in; when Keycloak fails, this step is not stored (503)
            accounts.stopped(volunteer.id, volunteer.subject);
        }
        volunteer.status = target;
        return saved(volunteer, "VolunteerStatusChanged");
    }

    /** Coordinators manage the membership of their own organisation only. */
    @Transactional
    public VolunteerDetails join(UUID id, String organisation) {
        Volunteer volunteer = require(id);
        if (volunteer.organisations.contains(organisation)) {
            return detailsOf(volunteer);
        }
        List<String> organisations = new ArrayList<>(volunteer.organisations);
        organisations.add(organisation);
        organisations.sort(String::compareTo);
        volunteer.organisations = organisations;
        return saved(volunteer, "VolunteerUpdated");
    }

    @Transactional
    public VolunteerDetails leave(UUID id, String organisation) {
        Volunteer volunteer = require(id);
        if (!volunteer.organisations.contains(organisation)) {
            throw ProblemException.notFound("membership of " + organisation);
        }
        List<String> organisations = new ArrayList<>(volunteer.organisations);
        organisations.remove(organisation);
        volunteer.organisations = organisations;
        return saved(volunteer, "VolunteerUpdated");
    }

    /** Erasure anonymises: the row stays (so counts stay), everything that points to the person goes. */
    @Transactional
    public void erase(UUID id) {
        Volunteer volunteer = require(id);
        // availability, screening and privacy delete their records in this transaction (ProfileErasure)
        erasures.fire(new ProfileErasure(id));
        // the Keycloak user goes too; when Keycloak fails, the erasure rolls back as a whole (503)
        accounts.erased(id, volunteer.subject);
        volunteer.name = "(erased)";
        volunteer.email = null;
        volunteer.phone = null;
        volunteer.birthYear = null;
        volunteer.subject = null;
        volunteer.languages = new ArrayList<>();
        volunteer.availability = 0;
        volunteer.status = VolunteerStatus.STOPPED;
        volunteer.erasedAt = OffsetDateTime.now();
        volunteer.updatedAt = volunteer.erasedAt;
        feed.publishErased(volunteer);
    }

    @Transactional
    public void eraseOwn(String subject) {
        erase(requireOwn(subject).id);
    }

    /** Notification preferences the volunteer sets for themselves. */
    @Transactional
    public Notifications setOwnNotifications(String subject, Notifications notifications) {
        return setNotifications(requireOwn(subject), notifications);
    }

    /** Notification preferences a coordinator of one of the volunteer's organisations (or an admin) sets. */
    @Transactional
    public Notifications setNotifications(UUID id, Steward steward, Notifications notifications) {
        Volunteer volunteer = require(id);
        steward.requireManages(volunteer.organisations);
        return setNotifications(volunteer, notifications);
    }

    private Notifications setNotifications(Volunteer volunteer, Notifications notifications) {
        notifications.checkFor(volunteer.email);
        volunteer.reachBy = notifications.reachBy();
        volunteer.notificationLanguage = notifications.language();
        volunteer.quietFrom = notifications.quietHours() == null ? null : notifications.quietHours().fromTime();
        volunteer.quietUntil = notifications.quietHours() == null ? null : notifications.quietHours().untilTime();
        // reachBy is in the snapshot: the feed hears of it as of any other change
        saved(volunteer, "VolunteerUpdated");
        return Notifications.of(volunteer);
    }

    /** One volunteer's contact details for a message about to be sent (internal, service only). */
    public ContactView contact(UUID id) {
        Volunteer v = require(id);
        Notifications notifications = Notifications.of(v);
        return new ContactView(v.id, v.name, v.email, v.phone, notifications.reachBy(), notifications.language(),
                notifications.quietHours(), consents.hasActive(v.id, ConsentPurpose.CONTACT_BY_COORDINATORS),
                v.status, v.subject != null);
    }

    @Override
    public AccountProfile accountProfile(UUID id) {
        Volunteer v = require(id);
        return new AccountProfile(v.id, v.name, v.email, v.subject, List.copyOf(v.organisations),
                v.status == VolunteerStatus.STOPPED, v.notificationLanguage);
    }

    /**
     * An invited account calls for the first time: the profile of its pending invitation gets the token's subject,
     * in a transaction of its own (so what the caller does next finds a linked profile), and the feed carries the
     * subject from then on. Answers whether a profile was linked.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean linkInvited(String subject) {
        Optional<UUID> invited = accounts.invitedProfileOf(subject);
        if (invited.isEmpty()) {
            return false;
        }
        Volunteer volunteer = volunteers.findById(invited.get());
        if (volunteer == null || volunteer.erased() || volunteer.subject != null
                || volunteers.findBySubject(subject).isPresent()) {
            return false;
        }
        volunteer.subject = subject;
        accounts.accepted(volunteer.id);
        saved(volunteer, "VolunteerUpdated");
        return true;
    }

    /** The feed summary a consumer compares its projection with (README, "Projection checksum"). */
    public FeedSummary feedSummary() {
        return volunteers.feedSummary();
    }

    @Override
    public boolean present(UUID id) {
        Volunteer volunteer = volunteers.findById(id);
        return volunteer != null && !volunteer.erased();
    }

    @Override
    public List<String> organisations(UUID id) {
        return List.copyOf(require(id).organisations);
    }

    @Override
    public void requireChangeable(UUID id) {
        require(id);
    }

    /**
     * Another feature changed its part of this volunteer: bump the version (so ETags change) and tell the feed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void changed(@Observes ProfileChanged change) {
        Volunteer volunteer = require(change.volunteerId());
        volunteer.updatedAt = OffsetDateTime.now();
        feed.publish(volunteer, change.eventType());
    }

    private VolunteerDetails saved(Volunteer volunteer, String eventType) {
        volunteer.updatedAt = OffsetDateTime.now();
        return published(volunteer, eventType);
    }

    /** Reads back what is about to commit, then writes the event: the outbox insert must be the last write. */
    private VolunteerDetails published(Volunteer volunteer, String eventType) {
        volunteers.flush();
        VolunteerDetails details = detailsOf(volunteer);
        feed.publish(volunteer, eventType);
        return details;
    }

    private VolunteerDetails detailsOf(Volunteer volunteer) {
        // views are built after the transaction ends: load the talents while the session is still open
        Hibernate.initialize(volunteer.talents);
        return new VolunteerDetails(volunteer,
                availability.absencesOf(volunteer.id),
                screening.screeningOf(volunteer.id), consents.consentsOf(volunteer.id));
    }

    private Volunteer require(UUID id) {
        Volunteer volunteer = volunteers.findById(id);
        if (volunteer == null || volunteer.erased()) {
            throw ProblemException.notFound("volunteer");
        }
        return volunteer;
    }

    private Volunteer requireOwn(String subject) {
        return ownProfile(subject).orElseThrow(() -> ProblemException.notFound("a profile for your account"));
    }

    /** The profile linked to this subject, linking the one of a pending invitation on the account's first call. */
    private Optional<Volunteer> ownProfile(String subject) {
        Optional<Volunteer> own = volunteers.findBySubject(subject);
        if (own.isPresent() || !linkInvited(subject)) {
            return own;
        }
        return volunteers.findBySubject(subject);
    }

    private static Volunteer newVolunteer() {
        Volunteer volunteer = new Volunteer();
        volunteer.id = UUID.randomUUID();
        volunteer.status = VolunteerStatus.APPLIED;
        volunteer.createdAt = OffsetDateTime.now();
        volunteer.updatedAt = volunteer.createdAt;
        return volunteer;
    }

    /** Copies what the client owns, after checking every code against the catalogue. */
    private void apply(Volunteer volunteer, ProfileInput input) {
        catalog.checkKern("homeKern", input.homeKern());
        List<String> themes = distinct("themes", orEmpty(input.themes()));
        catalog.checkThemes("themes", themes);
        Map<String, Integer> talents = new TreeMap<>();
        List<TalentLevel> given = orEmpty(input.talents());
        for (int i = 0; i < given.size(); i++) {
            TalentLevel talent = given.get(i);
            String field = "talents[" + i + "].code";
            if (talents.containsKey(talent.code())) {
                throw ProblemException.invalid(field, "talent '" + talent.code() + "' is listed twice");
            }
            // a retired talent the profile already holds may stay; a new one must be assignable
            if (volunteer.talents.containsKey(talent.code())) {
                catalog.checkKnownTalent(field, talent.code());
            } else {
                catalog.checkAssignableTalent(field, talent.code());
            }
            talents.put(talent.code(), talent.level());
        }
        volunteer.name = input.name().strip();
        volunteer.email = blankToNull(input.email());
        volunteer.phone = blankToNull(input.phone());
        volunteer.birthYear = input.birthYear();
        volunteer.homeKern = input.homeKern();
        volunteer.maxTravelKm = input.maxTravelKm();
        volunteer.languages = distinct("languages", orEmpty(input.languages()));
        volunteer.themes = themes;
        volunteer.availability = WeeklySlots.of(orEmpty(input.availability())).bits();
        if (!volunteer.talents.equals(talents)) {
            volunteer.talents.clear();
            volunteer.talents.putAll(talents);
        }
    }

    private static List<String> distinct(String field, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                throw ProblemException.invalid(field + "[" + i + "]", "'" + values.get(i) + "' is listed twice");
            }
        }
        return new ArrayList<>(values);
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
