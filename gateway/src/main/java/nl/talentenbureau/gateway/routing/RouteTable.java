package nl.talentenbureau.gateway.routing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.talentenbureau.gateway.GatewayConfig;

/**
 * Which service owns which public prefix. {@code /internal/...} belongs to nobody: feeds are never routed.
 */
@ApplicationScoped
public class RouteTable {

    /** Paths the gateway answers itself; everything else that is not {@code /api} or {@code /internal} is a page. */
    private static final List<String> OWN_PREFIXES = List.of("/q", "/openapi", "/swagger-ui", "/webjars/swagger-ui");

    /**
     * The public reads: GET (and HEAD) below these prefixes is routed without a token, for the coalition's and
     * municipality's websites (the open vacancies and the coalition's directory, which hold nothing personal), with a
     * rate limit of its own.
     */
    private static final List<String> PUBLIC_READS = List.of("/api/public/vacancies", "/api/public/applications",
            "/api/public/outreach-events", "/api/public/directory", "/api/public/catalog");

    /**
     * The public writes: POST below these prefixes is routed without a token (the application form and the sign-up
     * for an event, for the same websites), with a rate limit per address of its own and a body limit.
     */
    private static final List<String> PUBLIC_WRITES = List.of("/api/public/applications",
            "/api/public/outreach-events");

    private final List<Upstream> upstreams;
    private final Upstream web;

    @Inject
    public RouteTable(GatewayConfig config) {
        this(List.of(
                new Upstream("volunteer-service", List.of("/api/volunteers", "/api/catalog", "/api/training-sessions",
                        "/api/vacancies", "/api/public/vacancies", "/api/applications", "/api/outreach-events",
                        "/api/public/applications", "/api/public/outreach-events", "/api/directory",
                        "/api/public/directory", "/api/public/catalog"), config.routes().volunteer()),
                new Upstream("request-service", List.of("/api/requests", "/api/webhooks", "/api/signals"),
                        config.routes().request()),
                new Upstream("matching-service",
                        List.of("/api/candidates", "/api/matches", "/api/offers", "/api/proposals", "/api/reports"),
                        config.routes().matching()),
                new Upstream("notification-service", List.of("/api/notifications"), config.routes().notification())),
                new Upstream("web", List.of("/"), config.routes().web()));
    }

    RouteTable(List<Upstream> upstreams, Upstream web) {
        this.upstreams = List.copyOf(upstreams);
        this.web = web;
    }

    /** The API services (each with an OpenAPI document and its own prefixes); the web app is not one of them. */
    public List<Upstream> upstreams() {
        return upstreams;
    }

    /** The web app, which serves the pages at every path the gateway and the API do not own. */
    public Upstream web() {
        return web;
    }

    /**
     * True when {@code path} is a page of the web app: not {@code /api} or {@code /internal} (both handled before),
     * not the gateway's own document, Swagger UI or health paths, and without dot segments or empty segments.
     */
    public boolean isPage(String path) {
        if (path == null || !path.startsWith("/") || path.contains("..") || path.contains("//")) {
            return false;
        }
        // in any case: /API/volunteers is a mistyped API path (404 problem+json), not a page
        String lower = path.toLowerCase(Locale.ROOT);
        for (String prefix : OWN_PREFIXES) {
            if (lower.equals(prefix) || lower.startsWith(prefix + "/")) {
                return false;
            }
        }
        return !lower.startsWith("/api") && !lower.startsWith("/internal");
    }

    /** The merged document and Swagger UI: the gateway's own paths, which are read with GET (or HEAD) only. */
    public boolean isOwnDocument(String path) {
        return path != null && OWN_PREFIXES.stream().filter(prefix -> !prefix.equals("/q"))
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /** True for a GET or HEAD of a public read: no token needed. */
    public boolean isPublicRead(String method, String path) {
        if (path == null || path.contains("..") || path.contains("//")
                || !("GET".equals(method) || "HEAD".equals(method))) {
            return false;
        }
        return PUBLIC_READS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /** True for a POST of a public write: no token needed, limited per address, body size checked. */
    public boolean isPublicWrite(String method, String path) {
        if (path == null || path.contains("..") || path.contains("//") || !"POST".equals(method)) {
            return false;
        }
        return PUBLIC_WRITES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    public Optional<Upstream> route(String path) {
        if (path == null || path.contains("..") || path.contains("//")) {
            return Optional.empty();
        }
        return upstreams.stream().filter(upstream -> upstream.owns(path)).findFirst();
    }
}
