package nl.talentenbureau.request.matchfeed;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A page of the matching feed: the events after the position asked for, and the position to ask from next.
 *
 * @param reachable false when the feed could not be read (the fallback's answer): nothing to apply
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedPage(List<FeedEvent> events, long next, boolean reachable) {

    public FeedPage {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** What the feed answers: reachable by definition. */
    @JsonCreator
    static FeedPage read(@JsonProperty("events") List<FeedEvent> events, @JsonProperty("next") long next) {
        return new FeedPage(events, next, true);
    }

    static FeedPage unreachable(long after) {
        return new FeedPage(List.of(), after, false);
    }
}
