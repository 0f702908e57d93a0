package nl.talentenbureau.volunteer.volunteer;

/** How a volunteer wants to hear of offers and reminders: by e-mail, or a coordinator phones them. */
public enum ReachBy {

    EMAIL,
    PHONE;

    /**
     * What counts: e-mail only when there is an address to write to and the volunteer did not choose phone calls.
     * {@code chosen} null: nobody chose yet (e-mail when there is an address).
     */
    public static ReachBy effective(ReachBy chosen, String email) {
        return email != null && chosen != PHONE ? EMAIL : PHONE;
    }
}
