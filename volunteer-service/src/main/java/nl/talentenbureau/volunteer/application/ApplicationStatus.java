package nl.talentenbureau.volunteer.application;

/**
 * SUBMITTED (anonymous, kept a day unless confirmed) -> CONFIRMED (the mail's link; coordinators see it) -> INTAKE
 * (an appointment; the application is a volunteer profile now) -> ACTIVE, or DECLINED with a reason from CONFIRMED
 * or INTAKE. The steps are {@link ApplicationSteps}.
 */
public enum ApplicationStatus {
    SUBMITTED,
    CONFIRMED,
    INTAKE,
    ACTIVE,
    DECLINED
}
