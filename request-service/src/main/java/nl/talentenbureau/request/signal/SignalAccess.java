package nl.talentenbureau.request.signal;

import nl.talentenbureau.request.request.Viewer;

/**
 * Who sees what of a signal (issue 16): the coordinators of the receiving organisation see it with its reference to
 * the senior and take its steps; whoever raised it sees it and its feedback, never the reference; nobody else sees it
 * at all (404, as for one that does not exist): not the raiser's organisation, not an admin (who sees counts and
 * escalations only). Plain Java, unit-tested in {@code SignalAccessTest}.
 */
public final class SignalAccess {

    /** How a caller stands to one signal. */
    public enum Seat {
        RECEIVER,
        RAISER,
        NONE
    }

    private SignalAccess() {
    }

    public static Seat seat(Viewer viewer, String raisedBy, String receivingOrganisation) {
        if (viewer.role() == Viewer.Role.COORDINATOR && receivingOrganisation.equals(viewer.organisation())) {
            return Seat.RECEIVER;
        }
        if ((viewer.role() == Viewer.Role.VOLUNTEER || viewer.role() == Viewer.Role.COORDINATOR) && raisedBy != null
                && raisedBy.equals(viewer.subject())) {
            return Seat.RAISER;
        }
        return Seat.NONE;
    }
}
