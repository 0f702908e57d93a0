package nl.talentenbureau.volunteer.vacancy;

/** OPEN: published (the public read shows it); CLOSED: filled or withdrawn, kept for the organisation. */
public enum VacancyStatus {
    OPEN,
    CLOSED
}
