package nl.talentenbureau.volunteer.application;

import java.util.UUID;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * The rules of an application's way from the form to a volunteer, without a database: which step may follow which,
 * what it does to the profile it becomes, who may take it, and which source needs which reference.
 */
public final class ApplicationSteps {

    private ApplicationSteps() {
    }

    /** The intake's outcome. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "IntakeOutcome")
    public enum Outcome {
        ACTIVE,
        DECLINED
    }

    /**
     * Planning (or moving) the intake: from CONFIRMED it makes the application a profile (APPLIED, then INTAKE); in
     * INTAKE it only moves the appointment.
     */
    public record Plan(boolean registersVolunteer) {
    }

    /**
     * A decision: the application's new status, and the step of its profile ({@code ACTIVE}, {@code STOPPED}), null
     * when it has none yet (declined before an intake).
     */
    public record Decision(ApplicationStatus to, String volunteerStatus) {
    }

    /** The mail's link: SUBMITTED becomes CONFIRMED; following it later changes nothing (answers the status). */
    public static ApplicationStatus confirm(ApplicationStatus from) {
        return from == ApplicationStatus.SUBMITTED ? ApplicationStatus.CONFIRMED : from;
    }

    public static Plan planIntake(ApplicationStatus from) {
        return switch (from) {
            case CONFIRMED -> new Plan(true);
            case INTAKE -> new Plan(false);
            default -> throw ProblemException.illegalTransition(
                    "an intake is planned for a confirmed application (or moved while in intake), not in " + from);
        };
    }

    public static Decision decide(ApplicationStatus from, Outcome outcome, String reason) {
        if (outcome == Outcome.ACTIVE) {
            if (from != ApplicationStatus.INTAKE) {
                throw ProblemException.illegalTransition(
                        "an application becomes ACTIVE after its intake, not from " + from + "; allowed: "
                                + allowed(from));
            }
            return new Decision(ApplicationStatus.ACTIVE, "ACTIVE");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why the application is declined");
        }
        return switch (from) {
            case CONFIRMED -> new Decision(ApplicationStatus.DECLINED, null);
            case INTAKE -> new Decision(ApplicationStatus.DECLINED, "STOPPED");
            default -> throw ProblemException.illegalTransition(
                    "an application in " + from + " cannot be declined; allowed: " + allowed(from));
        };
    }

    /** The steps a coordinator may take from {@code from}, for the 409's detail. */
    static String allowed(ApplicationStatus from) {
        return switch (from) {
            case CONFIRMED -> "intake, DECLINED";
            case INTAKE -> "intake (move it), ACTIVE, DECLINED";
            default -> "none";
        };
    }

    /**
     * A coordinator manages an open application (no organisation yet: the first to plan its intake takes it up) and
     * those of their own organisation.
     */
    public static boolean manages(String applicationOrganisation, String callerOrganisation) {
        return applicationOrganisation == null || applicationOrganisation.equals(callerOrganisation);
    }

    /**
     * Which reference each source needs: VACANCY a vacancy, EVENT an event; an event only with EVENT and a referrer
     * only with REFERRAL (so the funnel's sources stay honest). A vacancy may come with any source: someone invited
     * at an event may apply to a vacancy.
     */
    public static void checkSource(ApplicationSource source, UUID vacancyId, UUID eventId, UUID referredBy) {
        if (source == ApplicationSource.VACANCY && vacancyId == null) {
            throw ProblemException.invalid("vacancyId", "an application from a vacancy names it");
        }
        if (source == ApplicationSource.EVENT && eventId == null) {
            throw ProblemException.invalid("eventId", "an application from an event names it");
        }
        if (source != ApplicationSource.EVENT && eventId != null) {
            throw ProblemException.invalid("eventId", "only with source EVENT");
        }
        if (source != ApplicationSource.REFERRAL && referredBy != null) {
            throw ProblemException.invalid("referredBy", "only with source REFERRAL");
        }
    }
}
