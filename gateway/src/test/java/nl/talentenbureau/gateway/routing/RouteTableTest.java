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
            new Upstream("request-service", List.of("/api/requests"), URI.create("https://request"))),
            new Upstream("web", List.of("/"), URI.create("http://web:8085")));

    @Test
    void pathsBelowAPrefixGoToItsService() {
        assertThat(routes.route("/api/volunteers")).map(Upstream::name).contains("volunteer-service");
        assertThat(routes.route("/api/catalog/kernen")).map(Upstream::name).contains("volunteer-service");
        assertThat(routes.route("/api/requests/1/status")).map(Upstream::name).contains("request-service");
    }

    @Test
    void onlyAGetOrHeadOfAPublicReadNeedsNoToken() {
        assertThat(routes.isPublicRead("GET", "/api/public/vacancies")).isTrue();
        assertThat(routes.isPublicRead("HEAD", "/api/public/vacancies/5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18")).isTrue();
        assertThat(routes.isPublicRead("POST", "/api/public/vacancies")).isFalse();
        assertThat(routes.isPublicRead("GET", "/api/vacancies")).isFalse();
        assertThat(routes.isPublicRead("GET", "/api/public/vacanciesx")).isFalse();
        assertThat(routes.isPublicRead("GET", "/api/public/vacancies/../../volunteers")).isFalse();
        assertThat(routes.isPublicRead("GET", "/api/public/directory")).isTrue();
        assertThat(routes.isPublicRead("GET", "/api/public/directory/leef")).isTrue();
        assertThat(routes.isPublicRead("GET", "/api/public/catalog")).isTrue();
        assertThat(routes.isPublicRead("GET", "/api/catalog/kernen")).isFalse();
        assertThat(routes.isPublicRead("PUT", "/api/directory/leef")).isFalse();
    }

    @Test
    void onlyAPostOfAPublicWriteNeedsNoToken() {
        assertThat(routes.isPublicWrite("POST", "/api/public/applications")).isTrue();
        assertThat(routes.isPublicWrite("POST",
                "/api/public/outreach-events/3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60/signups")).isTrue();
        assertThat(routes.isPublicWrite("PUT", "/api/public/applications")).isFalse();
        assertThat(routes.isPublicWrite("POST", "/api/public/vacancies")).isFalse();
        assertThat(routes.isPublicWrite("POST", "/api/applications")).isFalse();
        assertThat(routes.isPublicWrite("POST", "/api/public/applicationsx")).isFalse();
        assertThat(routes.isPublicWrite("POST", "/api/public/applications/../../volunteers")).isFalse();
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
    void everyPathTheGatewayAndTheApiDoNotOwnIsAPage() {
        assertThat(routes.isPage("/")).isTrue();
        assertThat(routes.isPage("/aanbod/4f1c")).isTrue();
        assertThat(routes.isPage("/coordinator/hulpvragen/1")).isTrue();
        assertThat(routes.isPage("/webjars/htmx.org/2.0.7/dist/htmx.min.js")).isTrue();
        assertThat(routes.isPage("/openapi.css")).isTrue();
        assertThat(routes.isPage("/quiz")).isTrue();
    }

    @Test
    void theGatewaysOwnPathsTheApiAndTrickyPathsAreNoPages() {
        assertThat(routes.isPage("/api/volunteers")).isFalse();
        assertThat(routes.isPage("/internal/events")).isFalse();
        assertThat(routes.isPage("/openapi")).isFalse();
        assertThat(routes.isPage("/swagger-ui")).isFalse();
        assertThat(routes.isPage("/swagger-ui/index.html")).isFalse();
        assertThat(routes.isPage("/webjars/swagger-ui/5.32.6/swagger-ui.css")).isFalse();
        assertThat(routes.isPage("/q/health/ready")).isFalse();
        assertThat(routes.isPage("/aanbod/../q/health")).isFalse();
        assertThat(routes.isPage("//evil.example")).isFalse();
        assertThat(routes.isPage("")).isFalse();
    }

    @Test
    void theApiInAnotherCaseIsNoPage() {
        assertThat(routes.isPage("/API/volunteers")).isFalse();
        assertThat(routes.isPage("/Api")).isFalse();
        assertThat(routes.isPage("/INTERNAL/events")).isFalse();
        assertThat(routes.isPage("/OpenAPI")).isFalse();
        assertThat(routes.route("/API/volunteers")).isEmpty();
    }

    @Test
    void theDocumentAndSwaggerUiAreTheGatewaysOwnHealthIsNot() {
        assertThat(routes.isOwnDocument("/openapi")).isTrue();
        assertThat(routes.isOwnDocument("/swagger-ui/index.html")).isTrue();
        assertThat(routes.isOwnDocument("/webjars/swagger-ui/5.32.6/swagger-ui.css")).isTrue();
        assertThat(routes.isOwnDocument("/q/health")).isFalse();
        assertThat(routes.isOwnDocument("/openapi.css")).isFalse();
        assertThat(routes.isOwnDocument("/api/volunteers")).isFalse();
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
