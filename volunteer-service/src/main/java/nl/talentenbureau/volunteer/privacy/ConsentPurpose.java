package nl.talentenbureau.volunteer.privacy;

/** What a volunteer can agree to, each recorded apart with its own time. */
public enum ConsentPurpose {
    /** Use the profile to propose the volunteer for help requests. */
    MATCHING,
    /** Let coordinators of the coalition contact the volunteer. */
    CONTACT_BY_COORDINATORS,
    /** Count the volunteer in impact research beyond the aggregate reports. */
    IMPACT_RESEARCH,
    /** Send the coalition's newsletter. */
    NEWSLETTER
}
