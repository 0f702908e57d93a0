package nl.talentenbureau.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;

import nl.talentenbureau.platform.problem.ProblemKind;

class UpstreamFailureTest {

    @Test
    void aConnectionClosedUnderTheRequestIsABadGatewayAndMayBeRepeated() {
        assertThat(UpstreamFailure.kindOf(new HttpClosedException("closed"))).isEqualTo(ProblemKind.BAD_GATEWAY);
        assertThat(UpstreamFailure.closedBeforeAnswer(new RuntimeException(new ClosedChannelException()))).isTrue();
    }

    @Test
    void aBodyThatCouldNotBeWrittenToTheClosedConnectionCountsAsClosed() {
        // the proxy resets its own request when the body's pipe fails on the closed connection
        assertThat(UpstreamFailure.closedBeforeAnswer(new StreamResetException(0))).isTrue();
        assertThat(UpstreamFailure.kindOf(new StreamResetException(0))).isEqualTo(ProblemKind.BAD_GATEWAY);
    }

    @Test
    void aServiceThatCannotBeReachedOrIsTooSlowIsNotAClosedConnection() {
        assertThat(UpstreamFailure.kindOf(new ConnectException("refused")))
                .isEqualTo(ProblemKind.SERVICE_UNAVAILABLE);
        assertThat(UpstreamFailure.kindOf(new TimeoutException())).isEqualTo(ProblemKind.GATEWAY_TIMEOUT);
        assertThat(UpstreamFailure.closedBeforeAnswer(new ConnectException("refused"))).isFalse();
    }
}
