package nl.talentenbureau.matching.projection;

import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.platform.follower.FollowedEvent;

/**
 * Applies one event of the volunteer or request feed to the projection, inside the transaction of its page (the
 * platform follower moves the cursor in the same transaction and keeps replicas from applying an older page after a
 * newer one). Idempotent: a snapshot only replaces an older version, so applying an event again changes nothing. An
 * event this service cannot read is refused (an exception), so the follower retries and then quarantines it instead
 * of dropping it unseen.
 */
@ApplicationScoped
public class ProjectionWriter {

    static final String VOLUNTEER_ERASED = "VolunteerErased";

    private final ProjectionRepository projection;
    private final ObjectMapper json;
    private final Event<RequestEnded> requestEnded;
    private final Event<VolunteerLeft> volunteerLeft;
    private final Event<RequestErased> requestErased;
    private final Event<VolunteerSubjectChanged> subjectChanged;
    private final Event<VolunteerMatchesChanged> matchesChanged;

    public ProjectionWriter(ProjectionRepository projection, ObjectMapper json, Event<RequestEnded> requestEnded,
            Event<VolunteerLeft> volunteerLeft, Event<RequestErased> requestErased,
            Event<VolunteerSubjectChanged> subjectChanged, Event<VolunteerMatchesChanged> matchesChanged) {
        this.projection = projection;
        this.json = json;
        this.requestEnded = requestEnded;
        this.volunteerLeft = volunteerLeft;
        this.requestErased = requestErased;
        this.subjectChanged = subjectChanged;
        this.matchesChanged = matchesChanged;
    }

    /** @return whether the projected volunteer changed */
    public boolean applyVolunteer(FollowedEvent event) {
        if (event.type() == null || !event.type().startsWith("Volunteer")) {
            return false;
        }
        if (VOLUNTEER_ERASED.equals(event.type())) {
            UUID id = idOf(event);
            boolean changed = projection.eraseVolunteer(id);
            // also when erased before (a page read again): the observers are idempotent, and a missed end is caught up
            volunteerLeft.fire(new VolunteerLeft(id, VolunteerLeft.Why.ERASED));
            return changed;
        }
        if (event.redacted()) {
            return false; // an event of a volunteer erased since: the erasure follows on the feed
        }
        VolunteerSnapshot snapshot = event.payloadAs(json, VolunteerSnapshot.class, v -> v.id() != null);
        if (projection.erased(snapshot.id())) {
            // erasure wins: an older snapshot read after it (a lagging replica, a retried event) is passed over
            return false;
        }
        String subjectBefore = projection.subjectOf(snapshot.id());
        boolean changed = projection.upsertVolunteer(snapshot.id(), snapshot.version(), snapshot.subject(),
                snapshot.reach(), event.payload().toString());
        if (changed && !Objects.equals(subjectBefore, snapshot.subject())) {
            subjectChanged.fire(new VolunteerSubjectChanged(snapshot.id()));
        }
        if (VolunteerLeft.STOPPED_STATUS.equals(snapshot.status())) {
            volunteerLeft.fire(new VolunteerLeft(snapshot.id(), VolunteerLeft.Why.STOPPED));
        }
        return changed;
    }

    /** @return whether the projected request changed */
    public boolean applyRequest(FollowedEvent event) {
        if (event.type() == null || !event.type().startsWith("Request")) {
            return false;
        }
        RequestSnapshot snapshot = event.payloadAs(json, RequestSnapshot.class,
                r -> r.id() != null && r.organisation() != null && r.status() != null);
        boolean changed = projection.upsertRequest(snapshot.id(), snapshot.version(), snapshot.organisation(),
                snapshot.status(), event.payload().toString());
        if (changed) {
            // its schedule may have changed (request-service lets an OPEN request be replaced): the index reads again
            // the time its open and live matches hold their volunteers, once this page has committed
            projection.volunteersBookedFor(snapshot.id())
                    .forEach(volunteer -> matchesChanged.fire(new VolunteerMatchesChanged(volunteer)));
        }
        // also when unchanged (a page read again): the observers are idempotent, and a missed end is caught up
        if (RequestEnded.endsMatches(snapshot.status())) {
            requestEnded.fire(new RequestEnded(snapshot.id(), snapshot.status()));
        }
        if (snapshot.erasedAt() != null) {
            requestErased.fire(new RequestErased(snapshot.id()));
        }
        return changed;
    }

    /** The volunteer (or request) an event is about: its payload's id, else the aggregate id. */
    static UUID idOf(FollowedEvent event) {
        JsonNode id = event.payload() == null ? null : event.payload().path("id");
        String value = id != null && id.isTextual() ? id.asText() : event.aggregateId();
        if (value == null) {
            throw new IllegalArgumentException(event.type() + " event at seq " + event.seq() + " has no id");
        }
        return UUID.fromString(value);
    }
}
