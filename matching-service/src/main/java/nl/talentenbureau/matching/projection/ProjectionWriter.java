package nl.talentenbureau.matching.projection;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/**
 * Applies one page of a feed and moves that feed's cursor in the same transaction: after a crash either both the
 * events and the cursor are stored or neither, so no event is lost and none is applied twice. Applying is idempotent
 * anyway (a snapshot only replaces an older version), so reading a page again changes nothing.
 */
@ApplicationScoped
public class ProjectionWriter {

    static final String VOLUNTEER_ERASED = "VolunteerErased";

    private final ProjectionRepository projection;
    private final FeedCursorRepository cursors;
    private final ObjectMapper json;
    private final Event<RequestEnded> requestEnded;

    public ProjectionWriter(ProjectionRepository projection, FeedCursorRepository cursors, ObjectMapper json,
            Event<RequestEnded> requestEnded) {
        this.projection = projection;
        this.cursors = cursors;
        this.json = json;
        this.requestEnded = requestEnded;
    }

    /** @return how many rows changed */
    @Transactional
    public int applyVolunteers(FeedPage page) {
        int changed = 0;
        for (FeedEvent event : page.events()) {
            if (applyVolunteer(event)) {
                changed++;
            }
        }
        cursors.moveTo(Feed.VOLUNTEERS, page.next());
        return changed;
    }

    /** @return how many rows changed */
    @Transactional
    public int applyRequests(FeedPage page) {
        int changed = 0;
        for (FeedEvent event : page.events()) {
            if (applyRequest(event)) {
                changed++;
            }
        }
        cursors.moveTo(Feed.REQUESTS, page.next());
        return changed;
    }

    private boolean applyVolunteer(FeedEvent event) {
        if (event.type() == null || !event.type().startsWith("Volunteer") || event.payload() == null) {
            return false;
        }
        if (VOLUNTEER_ERASED.equals(event.type())) {
            UUID id = idOf(event);
            return id != null && projection.deleteVolunteer(id);
        }
        VolunteerSnapshot snapshot = read(event, VolunteerSnapshot.class);
        if (snapshot == null || snapshot.id() == null) {
            return false;
        }
        return projection.upsertVolunteer(snapshot.id(), snapshot.version(), snapshot.subject(),
                event.payload().toString());
    }

    private boolean applyRequest(FeedEvent event) {
        if (event.type() == null || !event.type().startsWith("Request") || event.payload() == null) {
            return false;
        }
        RequestSnapshot snapshot = read(event, RequestSnapshot.class);
        if (snapshot == null || snapshot.id() == null || snapshot.organisation() == null
                || snapshot.status() == null) {
            return false;
        }
        boolean changed = projection.upsertRequest(snapshot.id(), snapshot.version(), snapshot.organisation(),
                snapshot.status(), event.payload().toString());
        // also when unchanged (a page read again): the observers are idempotent, and a missed end is caught up
        if (RequestEnded.endsMatches(snapshot.status())) {
            requestEnded.fire(new RequestEnded(snapshot.id(), snapshot.status()));
        }
        return changed;
    }

    /** A payload this service cannot read is skipped (and logged by seq), so one bad event cannot stop the feed. */
    private <T> T read(FeedEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Log.warnf("skipped unreadable %s event at seq %d", event.type(), event.seq());
            return null;
        }
    }

    private static UUID idOf(FeedEvent event) {
        JsonNode id = event.payload().path("id");
        String value = id.isTextual() ? id.asText() : event.aggregateId();
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
