package nl.talentenbureau.gateway.routing;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;

import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * What a failed upstream call means for the client: a service that cannot be reached is 503, one that does not
 * answer in time is 504, one that closed the connection before answering is 502.
 */
final class UpstreamFailure {

    private UpstreamFailure() {
    }

    static ProblemKind kindOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return ProblemKind.SERVICE_UNAVAILABLE;
            }
            if (cause instanceof TimeoutException) {
                return ProblemKind.GATEWAY_TIMEOUT;
            }
        }
        return closedBeforeAnswer(failure) ? ProblemKind.BAD_GATEWAY : ProblemKind.SERVICE_UNAVAILABLE;
    }

    /**
     * The connection was open and closed under the request: typically a pooled connection the service had already
     * dropped. Safe to send again on a new connection when the request is safe to repeat. When the service closes
     * the connection while the proxy is still writing the body, the body's pipe fails and the proxy resets the
     * request itself: that arrives as a {@link StreamResetException}, not as the closed connection.
     */
    static boolean closedBeforeAnswer(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException
                    || cause instanceof StreamResetException) {
                return true;
            }
        }
        return false;
    }
}
