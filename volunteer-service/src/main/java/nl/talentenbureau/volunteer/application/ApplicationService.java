package nl.talentenbureau.volunteer.application;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import nl.talentenbureau.platform.feed.OutboxWriter;
import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.volunteer.VolunteerConfig;
import nl.talentenbureau.volunteer.catalog.CatalogService;
import nl.talentenbureau.volunteer.core.ApplicantProfile;
import nl.talentenbureau.volunteer.core.ConfirmationTokens;
import nl.talentenbureau.volunteer.core.ProfileErasure;
import nl.talentenbureau.volunteer.core.Profiles;
import nl.talentenbureau.volunteer.outreach.OutreachService;
import nl.talentenbureau.volunteer.vacancy.PublicVacancyView;
import nl.talentenbureau.volunteer.vacancy.VacancyService;

/**
 * Applications from the form to a volunteer: the anonymous submission and its confirmation, the coordinators' intake
 * and its outcome (rules in {@link ApplicationSteps}). At its intake an application becomes a profile through
 * {@link Profiles}, and the profile's later steps follow the outcome. Each step writes an event of aggregate
 * {@value #AGGREGATE} carrying ids only; notification-service reads the address and the words at send time.
 */
@ApplicationScoped
public class ApplicationService {

    static final String AGGREGATE = "application";
    static final int MAX_LISTED = 200;

    private final ApplicationRepository applications;
    private final VacancyService vacancies;
    private final OutreachService outreach;
    private final CatalogService catalog;
    private final Profiles profiles;
    private final OutboxWriter outbox;
    private final VolunteerConfig config;

    public ApplicationService(ApplicationRepository applications, VacancyService vacancies, OutreachService outreach,
            CatalogService catalog, Profiles profiles, OutboxWriter outbox, VolunteerConfig config) {
        this.applications = applications;
        this.vacancies = vacancies;
        this.outreach = outreach;
        this.catalog = catalog;
        this.profiles = profiles;
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * An anonymous application. It is kept only until {@code volunteer.recruitment.unconfirmed-kept-for} unless the
     * mail's link is followed. Its organisation: the vacancy's, else the event's; none for an open application.
     */
    @Transactional
    public ApplicationReceipt apply(ApplicationInput.Apply input) {
        ApplicationSteps.checkSource(input.source(), input.vacancyId(), input.eventId(), input.referredBy());
        catalog.checkKern("kern", input.kern());
        String organisation = null;
        if (input.vacancyId() != null) {
            PublicVacancyView vacancy = vacancies.open(input.vacancyId())
                    .orElseThrow(() -> ProblemException.unprocessable("vacancyId", "no open vacancy"));
            organisation = vacancy.organisation();
        }
        if (input.eventId() != null) {
            OutreachService.EventFacts event = outreach.facts("eventId", input.eventId());
            organisation = organisation == null ? event.organisation() : organisation;
        }
        if (input.referredBy() != null && !profiles.present(input.referredBy())) {
            throw ProblemException.unprocessable("referredBy", "no such volunteer");
        }
        // the same form sent again before it was confirmed (a double click, the back button): the one application,
        // no second row or mail
        applications.lockAddress(input.email());
        Optional<Application> again = applications.unconfirmedFrom(input.email(), input.source(), input.vacancyId(),
                input.eventId(), input.referredBy());
        if (again.isPresent()) {
            return new ApplicationReceipt(again.get().id, again.get().status,
                    again.get().createdAt.plus(config.recruitment().unconfirmedKeptFor()));
        }
        OffsetDateTime now = now();
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.organisation = organisation;
        application.vacancyId = input.vacancyId();
        application.eventId = input.eventId();
        application.referredBy = input.referredBy();
        application.source = input.source();
        application.status = ApplicationStatus.SUBMITTED;
        application.name = input.name().strip();
        application.email = input.email().strip();
        application.phone = blankToNull(input.phone());
        application.kern = input.kern();
        application.motivation = blankToNull(input.motivation());
        application.consentAt = now;
        application.confirmToken = ConfirmationTokens.next();
        application.createdAt = now;
        application.updatedAt = now;
        applications.persist(application);
        publish(application, "ApplicationSubmitted");
        return new ApplicationReceipt(application.id, application.status,
                now.plus(config.recruitment().unconfirmedKeptFor()));
    }

    /** The mail's link: the application is kept and reaches the coordinators. Following it again changes nothing. */
    @Transactional
    public ApplicationReceipt confirm(String token) {
        Application application = applications.byToken(token)
                .orElseThrow(() -> ProblemException.notFound("application for this link"));
        ApplicationStatus to = ApplicationSteps.confirm(application.status);
        if (to != application.status) {
            application.status = to;
            application.confirmedAt = now();
            application.updatedAt = application.confirmedAt;
            publish(application, "ApplicationConfirmed");
        }
        return new ApplicationReceipt(application.id, application.status, null);
    }

    /**
     * Confirmed applications (never unconfirmed ones) a coordinator manages: their organisation's and the open ones;
     * an admin (organisation null) sees all. Newest first, at most {@value #MAX_LISTED}.
     */
    public List<Application> list(String organisation, ApplicationStatus status) {
        StringBuilder query = new StringBuilder("status <> :submitted");
        Parameters parameters = Parameters.with("submitted", ApplicationStatus.SUBMITTED);
        if (organisation != null) {
            query.append(" and (organisation is null or organisation = :organisation)");
            parameters.and("organisation", organisation);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return applications.find(query.toString(), Sort.descending("createdAt").and("id"), parameters)
                .page(0, MAX_LISTED).list();
    }

    /** One application the caller manages (admin: any); an unconfirmed one is nobody's yet (404). */
    public Application get(UUID id, String organisation, boolean admin) {
        Application application = applications.findByIdOptional(id)
                .filter(a -> a.status != ApplicationStatus.SUBMITTED)
                .orElseThrow(ApplicationService::notFound);
        if (!admin) {
            requireManages(application, organisation);
        }
        return application;
    }

    /**
     * Plans (or moves) the intake. The first planning takes an open application up for the coordinator's
     * organisation and makes it a profile there (APPLIED, then INTAKE); the applicant is told the appointment.
     */
    @Transactional
    public Application planIntake(UUID id, String organisation, IfMatch ifMatch, ApplicationInput.Intake input) {
        Application application = lockedManaged(id, organisation);
        ifMatch.requireCurrent(application.version);
        ApplicationSteps.Plan plan = ApplicationSteps.planIntake(application.status);
        // the profile first: its events flush the session, and the application changes once, below
        UUID volunteerId = plan.registersVolunteer()
                ? profiles.registerApplicant(new ApplicantProfile(organisation, application.name, application.email,
                        application.phone, application.kern))
                : application.volunteerId;
        OffsetDateTime now = now();
        application.organisation = organisation;
        application.volunteerId = volunteerId;
        application.status = ApplicationStatus.INTAKE;
        application.intakeAt = input.appointmentAt();
        application.intakeWith = input.with().strip();
        application.updatedAt = now;
        publish(application, "ApplicationIntakePlanned");
        return application;
    }

    /** The intake's outcome: ACTIVE steps the profile to ACTIVE, DECLINED stops it (when there is one). */
    @Transactional
    public Application decide(UUID id, String organisation, IfMatch ifMatch, ApplicationInput.Outcome input) {
        Application application = lockedManaged(id, organisation);
        ifMatch.requireCurrent(application.version);
        ApplicationSteps.Decision decision = ApplicationSteps.decide(application.status, input.outcome(),
                input.reason());
        if (decision.volunteerStatus() != null && application.volunteerId != null) {
            profiles.stepApplicant(application.volunteerId, decision.volunteerStatus());
        }
        OffsetDateTime now = now();
        application.organisation = organisation;
        application.status = decision.to();
        application.decidedAt = now;
        application.declineReason = decision.to() == ApplicationStatus.DECLINED ? input.reason().strip() : null;
        application.updatedAt = now;
        publish(application, decision.to() == ApplicationStatus.ACTIVE
                ? "ApplicationAccepted"
                : "ApplicationDeclined");
        return application;
    }

    /** What the volunteer's export shows of the applications that became their profile. */
    public List<ApplicationExport> exportOf(UUID volunteerId) {
        return applications.ofVolunteer(volunteerId).stream().map(ApplicationExport::of).toList();
    }

    /** What a mail to this applicant or sign-up needs, at send time; 404 when unknown, purged or erased. */
    public ApplicantLetter letter(UUID id) {
        Optional<Application> found = applications.findByIdOptional(id).filter(a -> a.erasedAt == null);
        if (found.isPresent()) {
            Application a = found.get();
            String vacancyTitle = a.vacancyId == null ? null : vacancies.titleOf(a.vacancyId).orElse(null);
            OutreachService.EventFacts event = a.eventId == null ? null : outreach.facts("eventId", a.eventId);
            return new ApplicantLetter(a.id, "APPLICATION", a.name, a.email, "nl", a.status.name(),
                    a.status == ApplicationStatus.SUBMITTED ? a.confirmToken : null, a.intakeAt, a.intakeWith,
                    a.declineReason, vacancyTitle, a.organisation, a.eventId, event == null ? null : event.title(),
                    event == null ? null : event.heldOn(), null, null, a.kern);
        }
        OutreachService.SignupLetter signup = outreach.letter(id)
                .orElseThrow(() -> ProblemException.notFound("applicant"));
        return new ApplicantLetter(signup.id(), "SIGNUP", signup.name(), signup.email(), "nl", "SIGNUP",
                signup.confirmToken(), null, null, null, null, signup.event().organisation(), signup.event().id(),
                signup.event().title(), signup.event().heldOn(), signup.startsAt(), signup.place(),
                signup.event().kern());
    }

    /** Deletes applications whose link was not followed in time; answers how many. */
    @Transactional
    public long purgeUnconfirmed(OffsetDateTime now) {
        return applications.deleteUnconfirmed(now.minus(config.recruitment().unconfirmedKeptFor()));
    }

    /**
     * Applications whose personal data is due for erasure at {@code now}: declined longer than
     * {@code declined-kept-for} ago, or never decided and untouched for {@code idle-kept-for}.
     */
    public List<UUID> dueForErasure(OffsetDateTime now, int limit) {
        return applications.dueForErasure(now.minus(config.recruitment().declinedKeptFor()),
                now.minus(config.recruitment().idleKeptFor()), limit);
    }

    /**
     * Erases one application: the profile it became is erased as {@code DELETE /api/volunteers/{id}} would (which
     * anonymises the application too, below); one without a profile is anonymised here.
     */
    @Transactional
    public void eraseExpired(UUID id) {
        Application application = applications.locked(id).orElse(null);
        if (application == null || application.erasedAt != null) {
            return;
        }
        if (application.volunteerId != null && profiles.present(application.volunteerId)) {
            profiles.eraseProfile(application.volunteerId);
        }
        if (application.erasedAt == null) {
            application.erase(now());
        }
    }

    /** A profile is erased: the applications it came from lose their personal data, and a referral its referrer. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(@Observes ProfileErasure erasure) {
        OffsetDateTime now = now();
        applications.ofVolunteer(erasure.volunteerId()).forEach(a -> a.erase(now));
        applications.update("referredBy = null where referredBy = ?1", erasure.volunteerId());
    }

    private Application lockedManaged(UUID id, String organisation) {
        Application application = applications.locked(id).filter(a -> a.status != ApplicationStatus.SUBMITTED)
                .orElseThrow(ApplicationService::notFound);
        requireManages(application, organisation);
        return application;
    }

    private static void requireManages(Application application, String organisation) {
        if (!ApplicationSteps.manages(application.organisation, organisation)) {
            throw ProblemException.forbidden("only coordinators of the organisation the application is for");
        }
    }

    private void publish(Application application, String type) {
        outbox.append(AGGREGATE, application.id, type,
                () -> Map.of("id", application.id, "version", application.version));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("application");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
