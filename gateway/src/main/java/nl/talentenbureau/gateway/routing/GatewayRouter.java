package nl.talentenbureau.gateway.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import nl.talentenbureau.gateway.GatewayConfig;
import nl.talentenbureau.gateway.http.Problems;
import nl.talentenbureau.gateway.http.RequestIds;
import nl.talentenbureau.gateway.http.RequestLimits;
import nl.talentenbureau.gateway.ratelimit.ClientAddress;
import nl.talentenbureau.gateway.ratelimit.RateLimiter;
import nl.talentenbureau.gateway.ratelimit.TokenBucket;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.platform.security.VerifiedTokens;

/**
 * The front door. Every request gets a request id and the security headers; {@code /internal/...} is never
 * routed; {@code /api/...} needs a valid bearer token, passes the caller's rate limit and is then proxied to the
 * service that owns its prefix, with the Authorization header unchanged (the service checks it again); a GET of a
 * public read ({@link RouteTable#isPublicRead}) needs no token and passes a rate limit of its own; every other
 * path that the gateway does not answer itself is a page of the web app.
 */
@ApplicationScoped
public class GatewayRouter {

    static final String REQUEST_ID = "requestId";
    private static final String REJECTED = "gateway.token-rejected";
    private static final String PAGE = "gateway.page";
    private static final String PUBLIC_WRITE = "gateway.public-write";
    private static final String PAGE_UNAVAILABLE = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>Even niet bereikbaar</title></head>
            <body><main id="main"><h1>Even niet bereikbaar</h1>
            <p>De website van het talentenbureau is even niet bereikbaar. Probeer het over een paar minuten opnieuw.</p>
            <p lang="en">The talentenbureau's website cannot be reached just now. Please try again in a few minutes.</p>
            </main></body></html>
            """;

    private final GatewayConfig config;
    private final RouteTable routes;
    private final RateLimiter rateLimiter;
    private final RateLimiter publicReadLimiter;
    private final RateLimiter publicWriteLimiter;
    private final ClientAddress clientAddress;
    private final Map<String, UpstreamProxy> proxies = new HashMap<>();
    private final VerifiedTokens<String> verifiedTokens;
    private UpstreamProxy webProxy;

    public GatewayRouter(GatewayConfig config, RouteTable routes, RateLimiter rateLimiter) {
        this.config = config;
        this.routes = routes;
        this.rateLimiter = rateLimiter;
        this.publicReadLimiter = RateLimiter.forPublicReads(config);
        this.publicWriteLimiter = RateLimiter.forPublicWrites(config);
        this.clientAddress = new ClientAddress(config.rateLimit().trustedProxies().orElse(List.of()));
        this.verifiedTokens = new VerifiedTokens<>(config.verifiedTokens().maxSize(),
                () -> System.currentTimeMillis() / 1000);
    }

    void install(@Observes Router router, Vertx vertx) {
        // kept-alive connections, enough of them per service for the event loops' concurrent requests (Vert.x'
        // default of 5 queued them), dropped by the gateway before the service's own idle timeout would close them
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setKeepAliveTimeout((int) config.upstreamPool().keepAlive().toSeconds())
                .setMaxPoolSize(config.upstreamPool().maxSize()));
        // a retry must not take another pooled connection, which the service may have dropped as well
        HttpClient fresh = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(false));
        for (Upstream upstream : routes.upstreams()) {
            proxies.put(upstream.name(), proxyTo(upstream, client, fresh, false));
        }
        webProxy = proxyTo(routes.web(), client, fresh, true);
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::requestIdAndHeaders);
        // after Quarkus' CORS and authentication handlers, which put the (lazy) identity on the context
        router.route("/internal*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 1).handler(this::notRouted);
        router.route("/api*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 2).handler(this::api);
        // last: the gateway's own routes (/openapi, /q/..., Swagger UI's static files) come first
        router.route().order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 1).handler(this::page);
        // what the router answers itself (no route for the path, a method the route does not take) is a problem
        // document too, not Vert.x' plain text or HTML
        router.errorHandler(404, ctx -> ownAnswer(ctx, ProblemKind.NOT_FOUND, "No public operation at this path"));
        router.errorHandler(405, ctx -> ownAnswer(ctx, ProblemKind.METHOD_NOT_ALLOWED,
                "The method " + ctx.request().method() + " is not allowed here"));
    }

    private void ownAnswer(RoutingContext ctx, ProblemKind kind, String detail) {
        ctx.request().resume();
        Problems.send(ctx.response(), kind, detail, ctx.request().path());
    }

    private void requestIdAndHeaders(RoutingContext ctx) {
        String requestId = RequestIds.takeOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.put(REQUEST_ID, requestId);
        ctx.request().headers().set(RequestIds.HEADER, requestId);
        MDC.put(REQUEST_ID, requestId);
        ctx.addHeadersEndHandler(v -> {
            var headers = ctx.response().headers();
            headers.set(RequestIds.HEADER, requestId);
            headers.set("X-Content-Type-Options", "nosniff");
            // pages: same-origin, since with no-referrer a browser sends "Origin: null" on its form posts, which
            // CORS refuses; the API keeps no-referrer
            headers.set("Referrer-Policy", ctx.get(PAGE) != null ? "same-origin" : "no-referrer");
            config.securityHeaders().strictTransportSecurity()
                    .ifPresent(value -> headers.set("Strict-Transport-Security", value));
            if (ctx.get(PAGE) != null && !headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", config.web().contentSecurityPolicy());
            }
        });
        long started = System.nanoTime();
        ctx.addEndHandler(v -> Log.infof("%s %s -> %d in %d ms", ctx.request().method(), abbreviated(ctx),
                ctx.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000));
        var tooLarge = RequestLimits.check(ctx.request().uri(), ctx.request().headers());
        if (tooLarge.isPresent()) {
            // no instance: the path is what is too long
            Problems.send(ctx.response(), tooLarge.get().kind(), tooLarge.get().detail(), null);
        } else {
            ctx.next();
        }
    }

    /** The path for the log, cut short when it is over the limit (a path may be as long as the codec allows). */
    private static String abbreviated(RoutingContext ctx) {
        String path = ctx.request().path();
        return path == null || path.length() <= 200 ? path : path.substring(0, 200) + "...";
    }

    /**
     * The path that the HTTP server metrics name this request by (Quarkus Micrometer reads it from the request's
     * context, as it does for a REST resource's template): the routes' prefixes, never a path with an id in it.
     */
    private static void metricsPath(String template) {
        ContextLocals.put("UrlPathTemplate", template);
    }

    private void notRouted(RoutingContext ctx) {
        ownAnswer(ctx, ProblemKind.NOT_FOUND, "No public operation at this path");
    }

    private void api(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        request.pause();
        String path = ctx.normalizedPath();
        // a path with dot segments or encoded characters is not passed on: the service might read it differently
        var upstream = path.equals(request.path()) ? routes.route(path) : Optional.<Upstream>empty();
        metricsPath(upstream.map(owner -> owner.metricsPath(path)).orElse("/api/{unknown}"));
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        // a public read (the open vacancies) needs no token and takes from buckets of its own
        boolean publicRead = upstream.isPresent() && routes.isPublicRead(request.method().name(), path);
        // a public write (an application, a sign-up) neither: buckets per address of its own and a body limit
        boolean publicWrite = upstream.isPresent() && routes.isPublicWrite(request.method().name(), path);
        if (publicWrite) {
            ctx.put(PUBLIC_WRITE, Boolean.TRUE);
        }
        RateLimiter limiter = publicRead ? publicReadLimiter : publicWrite ? publicWriteLimiter : rateLimiter;
        var known = verifiedTokens.find(authorization);
        if (known.isPresent()) {
            // verified before and not expired: its signature is not checked again (the service checks it)
            forward(ctx, upstream, limiter, "client:" + known.get());
            return;
        }
        // a bad token is answered here as problem+json, not by Quarkus' default (an empty 401)
        BiConsumer<RoutingContext, Throwable> badToken = (context, failure) -> rejectToken(ctx);
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, badToken);
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> {
                    if (identity == null || identity.isAnonymous()) {
                        if (publicRead || publicWrite) {
                            forward(ctx, upstream, limiter, "address:" + remoteAddress(ctx));
                        } else if (!limited(ctx, rateLimiter, "address:" + remoteAddress(ctx))) {
                            unauthenticated(ctx, "A bearer token is required", false);
                        }
                        return;
                    }
                    String client = clientOf(identity);
                    if (identity.getPrincipal() instanceof JsonWebToken token) {
                        verifiedTokens.remember(authorization, client, token.getExpirationTime());
                    }
                    forward(ctx, upstream, limiter, "client:" + client);
                },
                failure -> rejectToken(ctx));
    }

    /** A request with a valid token: past the client's rate limit to the service that owns the path. */
    private void forward(RoutingContext ctx, Optional<Upstream> upstream, RateLimiter limiter, String client) {
        if (limited(ctx, limiter, client)) {
            return;
        }
        if (ctx.get(PUBLIC_WRITE) != null) {
            var tooLarge = RequestLimits.checkBody(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH),
                    ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING),
                    config.rateLimit().publicWrites().maxBodyBytes());
            if (tooLarge.isPresent()) {
                // answered before the body is read; the connection is closed, since the body is not consumed
                ctx.request().resume();
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                Problems.send(ctx.response(), tooLarge.get().kind(), tooLarge.get().detail(), ctx.request().path());
                return;
            }
        }
        if (upstream.isEmpty()) {
            notRouted(ctx);
        } else {
            forwardedHeaders(ctx);
            proxies.get(upstream.get().name()).handle(ctx.request());
        }
    }

    /**
     * A page of the web app: no bearer token is asked for (the web app signs people in with its own session
     * cookie and sends their token with its API calls, which are checked and limited here like any other), and no
     * rate limit (a page loads its scripts and styles too; a 429 problem document is no answer for a browser).
     * Cookies pass unchanged; the X-Forwarded headers tell the app its public address for its redirect URI.
     */
    private void page(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!routes.isPage(request.path()) || !request.path().equals(ctx.normalizedPath())) {
            if (routes.isOwnDocument(request.path()) && request.method() != HttpMethod.GET
                    && request.method() != HttpMethod.HEAD) {
                ctx.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD");
                ownAnswer(ctx, ProblemKind.METHOD_NOT_ALLOWED, "The method " + request.method() + " is not allowed"
                        + " here; the document and Swagger UI are read with GET");
                return;
            }
            ctx.next();
            return;
        }
        forwardedHeaders(ctx);
        metricsPath("/{page}");
        ctx.put(PAGE, Boolean.TRUE);
        webProxy.handle(request);
    }

    /**
     * The gateway's public address for the service or web app behind it: a service builds its {@code Location}
     * from these (it trusts them from the gateway only: quarkus.http.proxy.trusted-proxies), the web app its
     * redirect URI. Set here, never taken from the client; behind a TLS proxy the gateway's own proxy settings
     * (quarkus.http.proxy.*) make scheme() and authority() the public ones.
     */
    private void forwardedHeaders(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        var headers = request.headers();
        headers.remove("Forwarded");
        headers.remove("X-Forwarded-Prefix");
        String scheme = request.scheme() == null ? "http" : request.scheme();
        var authority = request.authority();
        String host = authority == null ? config.publicUrl().getAuthority() : authority.toString();
        int port = authority == null || authority.port() < 0 ? ("https".equals(scheme) ? 443 : 80) : authority.port();
        if (authority == null && config.publicUrl().getPort() > 0) {
            port = config.publicUrl().getPort();
        }
        headers.set("X-Forwarded-Host", host);
        headers.set("X-Forwarded-Proto", scheme);
        headers.set("X-Forwarded-Port", String.valueOf(port));
        headers.set("X-Forwarded-For", remoteAddress(ctx));
    }

    private void rejectToken(RoutingContext ctx) {
        if (ctx.get(REJECTED) != null) {
            return;
        }
        ctx.put(REJECTED, Boolean.TRUE);
        if (!limited(ctx, rateLimiter, "address:" + remoteAddress(ctx))) {
            unauthenticated(ctx, "The bearer token is not valid: expired, forged or not for this API", true);
        }
    }

    /** Answers 429 and returns true when the client's bucket is empty. */
    private boolean limited(RoutingContext ctx, RateLimiter limiter, String client) {
        TokenBucket.Decision decision = limiter.take(client);
        if (decision.allowed()) {
            return false;
        }
        Log.infof("rate limit reached for %s", client.startsWith("address:") ? "an anonymous client" : client);
        ctx.request().resume();
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
        Problems.send(ctx.response(), ProblemKind.TOO_MANY_REQUESTS,
                "Too many requests from this client; retry after " + decision.retryAfterSeconds() + " s",
                ctx.request().path());
        return true;
    }

    private void unauthenticated(RoutingContext ctx, String detail, boolean tokenSent) {
        ctx.request().resume();
        ctx.response().putHeader("WWW-Authenticate",
                tokenSent
                        ? "Bearer realm=\"talentenbureau\", error=\"invalid_token\""
                        : "Bearer realm=\"talentenbureau\"");
        Problems.send(ctx.response(), ProblemKind.UNAUTHENTICATED, detail, ctx.request().path());
    }

    /** The client a token belongs to: its subject (one user, or one app's service account), else its app. */
    static String clientOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (token.getSubject() != null) {
                return token.getSubject();
            }
            Object azp = token.getClaim("azp");
            if (azp != null) {
                return String.valueOf(azp);
            }
        }
        return identity.getPrincipal().getName();
    }

    /** The anonymous client's address: the peer's, or the forwarded one when the peer is a trusted proxy. */
    private String remoteAddress(RoutingContext ctx) {
        var address = ctx.request().remoteAddress();
        return clientAddress.of(address == null ? null : address.host(), ctx.request().getHeader("X-Forwarded-For"));
    }

    /** A proxy to one upstream; its failures are problem documents, or a short HTML page for the web app. */
    private UpstreamProxy proxyTo(Upstream upstream, HttpClient client, HttpClient fresh, boolean pages) {
        UpstreamProxy.FailureAnswer failureAnswer = pages
                ? (request, kind, detail) -> request.response().setStatusCode(kind.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                        .putHeader(HttpHeaders.RETRY_AFTER, "60")
                        .end(PAGE_UNAVAILABLE)
                : (request, kind, detail) -> Problems.send(request.response(), kind, detail, request.path());
        // the web app's "no such page" is for a browser; any other client (curl, an API client that mistyped a
        // path) gets the same 404 as an answer of the gateway: a problem document
        UpstreamProxy.Answers answers = pages
                ? (request, answer) -> {
                    if (answer.statusCode() != 404 || acceptsHtml(request)) {
                        return false;
                    }
                    Problems.send(request.response(), ProblemKind.NOT_FOUND,
                            "No page or public operation at this path", request.path());
                    return true;
                }
                : UpstreamProxy.Answers.PASSED_ON;
        return new UpstreamProxy(upstream, client, fresh, config.connectTimeout().toMillis(),
                config.upstreamTimeout().toMillis(), failureAnswer, answers);
    }

    /** A browser's navigation asks for text/html; curl's and API clients' {@code *}{@code /*} does not count. */
    static boolean acceptsHtml(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html");
    }
}
