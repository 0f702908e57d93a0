package nl.talentenbureau.volunteer.report;

import java.util.List;
import java.util.Map;

/**
 * The training figures of a year: sessions (scheduled or held, not cancelled), their places, and the volunteers who
 * attended (each attendance made a completed-training record), on the session's day, in the session's kern and per
 * training. Every column is a sum: a session lies in one month, one kern and one training. Plain Java.
 */
final class TrainingCounter {

    static final String SESSIONS = "sessions";
    static final String PLACES = "places";
    static final String ATTENDED = "attended";
    static final List<String> COLUMNS = List.of(SESSIONS, PLACES, ATTENDED);

    static final String KERN = "kern";
    static final String TRAINING = "training";
    static final List<String> DIMENSIONS = List.of(KERN, TRAINING);

    private TrainingCounter() {
    }

    static Tally count(int year, List<SessionFact> sessions) {
        Tally tally = new Tally(year, COLUMNS, DIMENSIONS);
        for (SessionFact s : sessions) {
            Map<String, String> groups = Map.of(KERN, s.kern(), TRAINING, s.training());
            tally.add(s.heldOn(), groups, SESSIONS, 1);
            tally.add(s.heldOn(), groups, PLACES, s.places());
            tally.add(s.heldOn(), groups, ATTENDED, s.attended());
        }
        return tally;
    }
}
