package nl.talentenbureau.matching.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.matching.engine.Exclusion;
import nl.talentenbureau.matching.projection.Projection;
import nl.talentenbureau.matching.projection.RequestSnapshot;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Batch proposals over projected requests with the exact solver, then no volunteer twice at one time
 * ({@link OneBookingAtATime}). Nothing is stored.
 */
@ApplicationScoped
public class ProposalService {

    private final Projection projection;
    private final AssignmentSolver solver = new ExactAssignment();

    public ProposalService(Projection projection) {
        this.projection = projection;
    }

    /** @param excluded per request id, how many volunteers each hard filter left out */
    public record Answer(int requests, Proposals proposals, Map<UUID, Map<Exclusion, Integer>> excluded) {
    }

    /**
     * @param requestIds the requests to assign; null or empty: every OPEN request of the organisation
     * @throws ProblemException not found (unknown or another organisation's), conflict (not OPEN), unprocessable
     *         (a kern outside the catalogue)
     */
    public Answer propose(List<UUID> requestIds, String organisation) {
        List<RequestSnapshot> snapshots;
        if (requestIds == null || requestIds.isEmpty()) {
            snapshots = projection.openRequests(organisation);
        } else {
            snapshots = new ArrayList<>();
            for (UUID id : new LinkedHashSet<>(requestIds)) {
                RequestSnapshot snapshot = projection.request(id)
                        .filter(r -> organisation.equals(r.organisation()))
                        .orElseThrow(() -> ProblemException.notFound("request " + id));
                if (!RequestSnapshot.OPEN.equals(snapshot.status())) {
                    throw ProblemException.conflict("request " + id + " is " + snapshot.status() + ", not OPEN");
                }
                snapshots.add(snapshot);
            }
        }
        List<HelpRequest> requests = snapshots.stream().map(projection::helpRequest).toList();
        LocalDate today = projection.today();
        BatchProblem problem = BatchProblem.of(projection.index(), requests, today);
        Map<UUID, Map<Exclusion, Integer>> excluded = new HashMap<>();
        for (int r = 0; r < problem.requestCount(); r++) {
            excluded.put(problem.requestId(r), problem.excluded(r));
        }
        return new Answer(requests.size(), OneBookingAtATime.apply(problem, solver.solve(problem), today),
                excluded);
    }
}
