package nl.talentenbureau.platform.follower;

/** Reads a followed feed (a plain interface, so {@link FeedFollower} is unit-tested without HTTP). */
interface PageSource {

    /**
     * @throws FeedUnreachable when the producer cannot be read (down, timeout, refused token)
     */
    FollowedPage read(long after, int limit, int waitSeconds);
}
