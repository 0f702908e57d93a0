package nl.talentenbureau.matching.support;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.matching.projection.Feed;
import nl.talentenbureau.platform.testing.StubFeeds;

/** Appends events to the stub volunteer and request feeds (platform's FeedStub) and reads what the service asked. */
public final class Feeds {

    public static final String VOLUNTEERS = Feed.VOLUNTEERS.key();
    public static final String REQUESTS = Feed.REQUESTS.key();

    private static final ObjectMapper JSON = new ObjectMapper();

    private Feeds() {
    }

    /** Appends a volunteer event carrying this snapshot; answers its seq. */
    public static long volunteerEvent(String type, VolunteerEvent snapshot) {
        return StubFeeds.append(VOLUNTEERS, type, "volunteer", snapshot.id(), snapshot.json());
    }

    public static long volunteerErased(UUID id) {
        return StubFeeds.append(VOLUNTEERS, "VolunteerErased", "volunteer", id, json(Map.of("id", id.toString())));
    }

    public static long requestEvent(String type, RequestEvent snapshot) {
        return StubFeeds.append(REQUESTS, type, "request", snapshot.id(), snapshot.json());
    }

    /** The {@code after} the service sent on its last call of that feed ({@link #VOLUNTEERS} or {@link #REQUESTS}). */
    public static long lastAfter(String feed) {
        return StubFeeds.lastAfter(feed);
    }

    public static void down(String feed, boolean on) {
        StubFeeds.down(feed, on);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
