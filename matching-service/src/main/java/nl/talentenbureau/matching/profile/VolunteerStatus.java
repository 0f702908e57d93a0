package nl.talentenbureau.matching.profile;

/** The volunteer's lifecycle as the volunteer feed reports it; only ACTIVE volunteers are matched. */
public enum VolunteerStatus {
    APPLIED,
    INTAKE,
    ACTIVE,
    PAUSED,
    STOPPED
}
