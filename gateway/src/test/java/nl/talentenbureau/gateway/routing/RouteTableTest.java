package nl.talentenbureau.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.ProblemKind;

class RouteTableTest {

    private final RouteTable routes = new RouteTable(List.of(
            new Upstream("volunteer-service", List.of("/api/volunteers", "/api/catalog"),
                    URI.create("http://volunteer:8081")),
            new Upstream("request-service", List.of("/api/requests"), URI.create("https://request"))));

    @Test
    void pathsBelowAPrefixGoToItsService() {
        assertThat(routes.route("/api/volunteers")).map(Upstream::name).contains("volunteer-service");
        assertThat(routes.route("/api/catalog/kernen")).map(Upstream::name).contains("volunteer-service");
        assertThat(routes.route("/api/requests/1/status")).map(Upstream::name).contains("request-service");
    }

    @Test
    void aPrefixMatchesWholeSegmentsOnly() {
        assertThat(routes.route("/api/volunteersx")).isEmpty();
        assertThat(routes.route("/api")).isEmpty();
    }

    @Test
    void internalAndTrickyPathsAreNotRouted() {
        assertThat(routes.route("/internal/events")).isEmpty();
        assertThat(routes.route("/api/volunteers/../../internal/events")).isEmpty();
        assertThat(routes.route("/api/volunteers//x")).isEmpty();
    }

    @Test
    void portDefaultsFollowTheScheme() {
        assertThat(routes.upstreams().get(0).port()).isEqualTo(8081);
        assertThat(routes.upstreams().get(1).port()).isEqualTo(443);
        assertThat(routes.upstreams().get(1).ssl()).isTrue();
    }

    @Test
    void aServiceThatCannotBeReachedIs503AndASlowOneIs504() {
        assertThat(UpstreamFailure.kindOf(new java.net.ConnectException("Connection refused")))
                .isEqualTo(ProblemKind.SERVICE_UNAVAILABLE);
        assertThat(UpstreamFailure.kindOf(new RuntimeException(new TimeoutException("idle"))))
                .isEqualTo(ProblemKind.GATEWAY_TIMEOUT);
        assertThat(UpstreamFailure.kindOf(new IllegalStateException("closed")))
                .isEqualTo(ProblemKind.SERVICE_UNAVAILABLE);
    }
}
