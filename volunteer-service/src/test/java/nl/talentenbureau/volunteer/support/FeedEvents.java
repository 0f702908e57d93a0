package nl.talentenbureau.volunteer.support;

import static nl.talentenbureau.volunteer.support.Api.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.talentenbureau.platform.testing.Tokens;

/** Reads the service's own feed as a consumer would, to see what an operation published. */
public final class FeedEvents {

    private FeedEvents() {
    }

    /** The newest seq of the feed now: pass it to {@link #after} to see only what comes later. */
    public static long head() {
        return ((Number) as(Tokens.service()).get("/internal/events?after=0&limit=1").then().statusCode(200)
                .extract().path("head")).longValue();
    }

    /** The volunteer events of this volunteer after {@code seq}, oldest first. */
    public static List<Map<String, Object>> after(long seq, UUID volunteerId) {
        List<Map<String, Object>> events = as(Tokens.service())
                .get("/internal/events?after=" + seq + "&limit=500&aggregateType=volunteer").then().statusCode(200)
                .extract().path("events");
        return events.stream().filter(e -> volunteerId.toString().equals(e.get("aggregateId"))).toList();
    }

    /** The payload of the newest event of this volunteer after {@code seq}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> lastPayload(long seq, UUID volunteerId) {
        List<Map<String, Object>> events = after(seq, volunteerId);
        if (events.isEmpty()) {
            throw new AssertionError("no event of volunteer " + volunteerId + " after " + seq);
        }
        return (Map<String, Object>) events.get(events.size() - 1).get("payload");
    }
}
