package nl.talentenbureau.request.matchfeed;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far this service has applied a feed: the last {@code next} it stored, with the changes it covers. */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor {

    @Id
    public String feed;

    public long position;

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedCursor cursor && Objects.equals(feed, cursor.feed);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(feed);
    }
}
