package nl.talentenbureau.matching.projection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.matching.catalog.KernDistances;
import nl.talentenbureau.matching.engine.VolunteerIndex;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.platform.problem.ProblemException;

/** What the API features read from the projection: requests by id or organisation, the index, today. */
@ApplicationScoped
public class Projection {

    private final ProjectionRepository rows;
    private final CurrentIndex index;
    private final ObjectMapper json;
    private final MatchingConfig config;

    public Projection(ProjectionRepository rows, CurrentIndex index, ObjectMapper json, MatchingConfig config) {
        this.rows = rows;
        this.index = index;
        this.json = json;
        this.config = config;
    }

    public Optional<RequestSnapshot> request(UUID id) {
        return rows.requestSnapshot(id).map(this::readRequest);
    }

    /** The organisation's OPEN requests. */
    public List<RequestSnapshot> openRequests(String organisation) {
        return rows.openRequestSnapshots(organisation).stream().map(this::readRequest).toList();
    }

    /**
     * The core's request for a projected one.
     *
     * @throws ProblemException unprocessable when its kern is not in this service's catalogue or it cannot be read
     *         as a request to match
     */
    public HelpRequest helpRequest(RequestSnapshot snapshot) {
        if (snapshot.kern() == null || !kernen().knows(snapshot.kern())) {
            throw ProblemException.unprocessable("requestId",
                    "the request's kern '" + snapshot.kern() + "' is not in the matching catalogue");
        }
        try {
            return Snapshots.request(snapshot);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("requestId", "the request cannot be matched: " + e.getMessage());
        }
    }

    public VolunteerIndex index() {
        return index.index();
    }

    public KernDistances kernen() {
        return index.kernen();
    }

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    private RequestSnapshot readRequest(String snapshot) {
        try {
            return json.readValue(snapshot, RequestSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored request snapshot cannot be read", e);
        }
    }
}
