package nl.talentenbureau.platform.follower;

import java.util.List;

/**
 * What one transaction of a follower applied.
 *
 * @param events the events applied (events at or before the stored cursor are left out: another replica had them)
 * @param position the cursor after the page
 */
public record AppliedPage(String feed, List<FollowedEvent> events, long position) {

    public AppliedPage {
        events = List.copyOf(events);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }
}
