package nl.talentenbureau.platform.follower;

import java.time.Instant;

/**
 * How far a follower is, for readiness, metrics and operators.
 *
 * @param eventsBehind events the producer has after our cursor (from the producer's head; null when unknown)
 * @param secondsBehind age of the oldest event read and not yet applied; 0 when caught up
 * @param reachable whether the last read reached the producer
 * @param lastRead when the producer last answered (null: never)
 * @param lastError the kind of the last failure (exception class), never its message: messages can quote data
 */
public record FollowerStatus(String feed, long position, Long eventsBehind, double secondsBehind,
        boolean reachable, Instant lastRead, String lastError) {

    static FollowerStatus initial(String feed) {
        return new FollowerStatus(feed, 0, null, 0, true, null, null);
    }
}
