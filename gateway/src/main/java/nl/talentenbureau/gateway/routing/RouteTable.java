package nl.talentenbureau.gateway.routing;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.talentenbureau.gateway.GatewayConfig;

/**
 * Which service owns which public prefix. {@code /internal/...} belongs to nobody: feeds are never routed.
 */
@ApplicationScoped
public class RouteTable {

    private final List<Upstream> upstreams;

    @Inject
    public RouteTable(GatewayConfig config) {
        this(List.of(
                new Upstream("volunteer-service", List.of("/api/volunteers", "/api/catalog"),
                        config.routes().volunteer()),
                new Upstream("request-service", List.of("/api/requests", "/api/webhooks"), config.routes().request()),
                new Upstream("matching-service",
                        List.of("/api/candidates", "/api/matches", "/api/offers", "/api/proposals", "/api/reports"),
                        config.routes().matching()),
                new Upstream("notification-service", List.of("/api/notifications"), config.routes().notification())));
    }

    RouteTable(List<Upstream> upstreams) {
        this.upstreams = List.copyOf(upstreams);
    }

    public List<Upstream> upstreams() {
        return upstreams;
    }

    public Optional<Upstream> route(String path) {
        if (path == null || path.contains("..") || path.contains("//")) {
            return Optional.empty();
        }
        return upstreams.stream().filter(upstream -> upstream.owns(path)).findFirst();
    }
}
