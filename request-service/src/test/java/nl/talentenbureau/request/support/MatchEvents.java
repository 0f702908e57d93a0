package nl.talentenbureau.request.support;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.platform.testing.StubFeeds;
import nl.talentenbureau.request.matchfeed.MatchFeedConsumer;

/**
 * One match of a request on the stub matching feed: {@code aMatch(request).of("volunteer-sub").accepted()} appends
 * MatchAccepted with the next version.
 */
public final class MatchEvents {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID matchId = UUID.randomUUID();
    private final UUID requestId;
    private String volunteerSubject;
    private long version;

    private MatchEvents(UUID requestId) {
        this.requestId = requestId;
    }

    public static MatchEvents aMatch(UUID requestId) {
        return new MatchEvents(requestId);
    }

    public MatchEvents of(String volunteerSubject) {
        this.volunteerSubject = volunteerSubject;
        return this;
    }

    public MatchEvents proposed() {
        return append("MatchProposed", "PROPOSED", ++version);
    }

    public MatchEvents accepted() {
        return append("MatchAccepted", "ACCEPTED", ++version);
    }

    public MatchEvents declined() {
        return append("MatchDeclined", "DECLINED", ++version);
    }

    public MatchEvents activated() {
        return append("MatchActivated", "ACTIVE", ++version);
    }

    public MatchEvents completed() {
        return append("MatchCompleted", "COMPLETED", ++version);
    }

    public MatchEvents ended() {
        return append("MatchEnded", "ENDED", ++version);
    }

    /** The volunteer's account subject changed (now {@code subject}); the match did not: same version, same status. */
    public MatchEvents linked(String subject, String status) {
        this.volunteerSubject = subject;
        return append("MatchVolunteerLinked", status, version);
    }

    /**
     * matching-service tells that the match's volunteer was erased: same version, the match's status as it is
     * ({@code status}, also a closed one), no subject any more.
     */
    public MatchEvents volunteerErased(String status) {
        this.volunteerSubject = null;
        return append("MatchVolunteerErased", status, version);
    }

    /** An event with a version of your choice (a late, older event). */
    public MatchEvents append(String type, String status, long atVersion) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("matchId", matchId.toString());
        payload.put("version", atVersion);
        payload.put("requestId", requestId.toString());
        payload.put("volunteerId", UUID.randomUUID().toString());
        payload.put("volunteerSubject", volunteerSubject);
        payload.put("organisation", "any-org");
        payload.put("status", status);
        payload.put("hoursLogged", 0);
        payload.put("at", "2026-05-04T10:15:30+02:00");
        // fields matching-service added for notification-service (issue 11); this service ignores them
        payload.put("answerDeadline", "2026-05-07T10:15:30+02:00");
        payload.put("automatic", false);
        payload.put("answerChannel", "ACCEPTED".equals(status) ? "PHONE" : null);
        try {
            StubFeeds.append(MatchFeedConsumer.FEED, type, "match", matchId, JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public UUID matchId() {
        return matchId;
    }

    public long version() {
        return version;
    }

    public static void feedDown(boolean down) {
        StubFeeds.down(MatchFeedConsumer.FEED, down);
    }
}
