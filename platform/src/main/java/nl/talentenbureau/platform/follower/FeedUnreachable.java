package nl.talentenbureau.platform.follower;

/** The producer of a feed could not be read; the follower waits and tries again from the same cursor. */
public class FeedUnreachable extends RuntimeException {

    public FeedUnreachable(String feed, Throwable cause) {
        super("feed " + feed + " unreachable: " + cause.getClass().getSimpleName(), cause);
    }
}
