package nl.talentenbureau.volunteer.application;

/** How the applicant came to apply: the funnel report counts by it. */
public enum ApplicationSource {
    /** Read a vacancy (on the coalition's or municipality's website). */
    VACANCY,
    /** Came to an event for 60-plussers and was invited to apply. */
    EVENT,
    /** A volunteer pointed them to us. */
    REFERRAL,
    /** The website's open form. */
    WEBSITE,
    OTHER
}
