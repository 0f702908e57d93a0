package nl.talentenbureau.volunteer.volunteer;

/** Bounds shared by the input records. */
final class Limits {

    static final String PHONE = "\\+?[0-9 ()-]{6,30}";
    static final long MAX_TRAVEL_KM = 100;
    static final long MAX_CAPACITY = 10;
    static final int DEFAULT_CAPACITY = 1;
    /** Travel distance of a profile made from an application, until the intake says otherwise. */
    static final int APPLICANT_TRAVEL_KM = 5;

    private Limits() {
    }
}
