package nl.talentenbureau.volunteer.session;

/** A session with its roster, as the service read it. */
public record SessionDetails(TrainingSession session, Roster roster) {

    public SessionView view() {
        return SessionView.of(session, roster);
    }
}
