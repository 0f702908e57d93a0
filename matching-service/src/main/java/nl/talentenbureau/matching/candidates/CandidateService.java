package nl.talentenbureau.matching.candidates;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.matching.engine.Candidates;
import nl.talentenbureau.matching.projection.Projection;
import nl.talentenbureau.matching.projection.ProjectionRepository;
import nl.talentenbureau.matching.projection.RequestSnapshot;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.platform.problem.ProblemException;

/** Candidates for one projected request, ranked by the in-memory index. */
@ApplicationScoped
public class CandidateService {

    private final Projection projection;
    private final ProjectionRepository rows;

    public CandidateService(Projection projection, ProjectionRepository rows) {
        this.projection = projection;
        this.rows = rows;
    }

    /**
     * @param organisation the caller's organisation: a request of another organisation is answered as unknown
     * @throws ProblemException not found (unknown or another organisation's), conflict (the request has ended),
     *         unprocessable (its kern is not in this service's catalogue)
     */
    public Candidates candidates(UUID requestId, int limit, String organisation) {
        RequestSnapshot snapshot = projection.request(requestId)
                .filter(r -> organisation.equals(r.organisation()))
                .orElseThrow(() -> ProblemException.notFound("request " + requestId));
        if (snapshot.ended()) {
            throw ProblemException.conflict("request " + requestId + " has ended (" + snapshot.status() + ")");
        }
        HelpRequest request = projection.helpRequest(snapshot);
        // a volunteer proposed for it stays a candidate (with her match's state on the coordinator's page): the time
        // her match holds is this request's own
        return projection.index().candidates(request, projection.today(), limit,
                () -> Set.copyOf(rows.volunteersBookedFor(requestId)));
    }
}
