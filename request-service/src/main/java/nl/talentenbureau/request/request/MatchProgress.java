package nl.talentenbureau.request.request;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the matches of a request move it, from its current status (DESIGN.md: request-service follows the matching
 * feed). The answer is the list of steps to take, in order; each goes through the same code path as a manual step.
 * <ul>
 * <li>OPEN -> MATCHED once the live matches (ACCEPTED or ACTIVE) reach the volunteers needed;</li>
 * <li>MATCHED -> IN_PROGRESS on the first ACTIVE match;</li>
 * <li>IN_PROGRESS (or MATCHED) -> COMPLETED when no live match is left and at least one COMPLETED;</li>
 * <li>MATCHED or IN_PROGRESS -> OPEN when no live match is left and none completed (declined, expired, ended): a
 * coordinator can find someone else. IN_PROGRESS -> OPEN is a step only this rule takes.</li>
 * </ul>
 * Fewer live matches than needed but more than none leaves a MATCHED or IN_PROGRESS request where it is: someone
 * still helps. A request in any other status (CANCELLED, EXPIRED, COMPLETED) is never moved.
 */
public final class MatchProgress {

    private MatchProgress() {
    }

    public static List<RequestStatus> steps(RequestStatus current, int volunteersNeeded, MatchTally tally) {
        List<RequestStatus> steps = new ArrayList<>();
        RequestStatus at = current;
        if (at == RequestStatus.OPEN && tally.live() > 0 && tally.live() >= volunteersNeeded) {
            steps.add(at = RequestStatus.MATCHED);
        }
        if (at == RequestStatus.MATCHED && tally.live() > 0 && tally.active() > 0) {
            steps.add(at = RequestStatus.IN_PROGRESS);
        }
        if ((at == RequestStatus.MATCHED || at == RequestStatus.IN_PROGRESS) && tally.live() == 0) {
            if (tally.completed() > 0) {
                if (at == RequestStatus.MATCHED) {
                    steps.add(RequestStatus.IN_PROGRESS);
                }
                steps.add(RequestStatus.COMPLETED);
            } else {
                steps.add(RequestStatus.OPEN);
            }
        }
        return steps;
    }
}
