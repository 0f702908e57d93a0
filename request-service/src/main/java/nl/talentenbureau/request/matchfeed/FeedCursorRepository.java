package nl.talentenbureau.request.matchfeed;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FeedCursorRepository implements PanacheRepositoryBase<FeedCursor, String> {

    /** The last position applied; 0 before the first event. */
    public long position(String feed) {
        FeedCursor cursor = findById(feed);
        return cursor == null ? 0 : cursor.position;
    }

    /** Must run in the transaction that applied the events up to {@code position}. */
    public void moveTo(String feed, long position) {
        FeedCursor cursor = findById(feed);
        if (cursor == null) {
            cursor = new FeedCursor();
            cursor.feed = feed;
            cursor.position = position;
            persist(cursor);
        } else if (position > cursor.position) {
            cursor.position = position;
        }
    }
}
