package nl.talentenbureau.gateway.routing;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * What a failed upstream call means for the client: a service that cannot be reached is 503, one that does not
 * answer in time is 504.
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
        return ProblemKind.SERVICE_UNAVAILABLE;
    }
}
