package nl.talentenbureau.platform.follower;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A page of a followed feed.
 *
 * @param next the position to read after next time (can be past the last event when the producer filtered)
 * @param head the newest seq the producer had when it answered; null when it does not say
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowedPage(List<FollowedEvent> events, long next, Long head) {

    public FollowedPage {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
