package nl.talentenbureau.gateway.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

import nl.talentenbureau.gateway.GatewayConfig;
import nl.talentenbureau.gateway.http.Problems;
import nl.talentenbureau.gateway.http.RequestIds;
import nl.talentenbureau.gateway.ratelimit.ClientAddress;
import nl.talentenbureau.gateway.ratelimit.RateLimiter;
import nl.talentenbureau.gateway.ratelimit.TokenBucket;
import nl.talentenbureau.platform.problem.Problem;
import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * The front door. Every request gets a request id and the security headers; {@code /internal/...} is never
 * routed; {@code /api/...} needs a valid bearer token, passes the caller's rate limit and is then proxied to the
 * service that owns its prefix, with the Authorization header unchanged (the service checks it again).
 */
@ApplicationScoped
public class GatewayRouter {

    static final String REQUEST_ID = "requestId";
    private static final String REJECTED = "gateway.token-rejected";

    private final GatewayConfig config;
    private final RouteTable routes;
    private final RateLimiter rateLimiter;
    private final ClientAddress clientAddress;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public GatewayRouter(GatewayConfig config, RouteTable routes, RateLimiter rateLimiter) {
        this.config = config;
        this.routes = routes;
        this.rateLimiter = rateLimiter;
        this.clientAddress = new ClientAddress(config.rateLimit().trustedProxies().orElse(List.of()));
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true));
        for (Upstream upstream : routes.upstreams()) {
            proxies.put(upstream.name(), proxyTo(upstream, client));
        }
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::requestIdAndHeaders);
        // after Quarkus' CORS and authentication handlers, which put the (lazy) identity on the context
        router.route("/internal*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 1).handler(this::notRouted);
        router.route("/api*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 2).handler(this::api);
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
            headers.set("Referrer-Policy", "no-referrer");
            config.securityHeaders().strictTransportSecurity()
                    .ifPresent(value -> headers.set("Strict-Transport-Security", value));
        });
        long started = System.nanoTime();
        ctx.addEndHandler(v -> Log.infof("%s %s -> %d in %d ms", ctx.request().method(), ctx.request().path(),
                ctx.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000));
        ctx.next();
    }

    private void notRouted(RoutingContext ctx) {
        ctx.request().resume();
        Problems.send(ctx.response(), ProblemKind.NOT_FOUND, "No public operation at this path", ctx.request().path());
    }

    private void api(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        request.pause();
        String path = ctx.normalizedPath();
        // a path with dot segments or encoded characters is not passed on: the service might read it differently
        var upstream = path.equals(request.path()) ? routes.route(path) : java.util.Optional.<Upstream>empty();
        // a bad token is answered here as problem+json, not by Quarkus' default (an empty 401)
        BiConsumer<RoutingContext, Throwable> badToken = (context, failure) -> rejectToken(ctx);
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, badToken);
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> {
                    boolean anonymous = identity == null || identity.isAnonymous();
                    if (!limited(ctx, anonymous ? "address:" + remoteAddress(ctx) : "client:" + clientOf(identity))) {
                        if (anonymous) {
                            unauthenticated(ctx, "A bearer token is required", false);
                        } else if (upstream.isEmpty()) {
                            notRouted(ctx);
                        } else {
                            proxies.get(upstream.get().name()).handle(request);
                        }
                    }
                },
                failure -> rejectToken(ctx));
    }

    private void rejectToken(RoutingContext ctx) {
        if (ctx.get(REJECTED) != null) {
            return;
        }
        ctx.put(REJECTED, Boolean.TRUE);
        if (!limited(ctx, "address:" + remoteAddress(ctx))) {
            unauthenticated(ctx, "The bearer token is not valid: expired, forged or not for this API", true);
        }
    }

    /** Answers 429 and returns true when the client's bucket is empty. */
    private boolean limited(RoutingContext ctx, String client) {
        TokenBucket.Decision decision = rateLimiter.take(client);
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

    private HttpProxy proxyTo(Upstream upstream, HttpClient client) {
        HttpProxy proxy = HttpProxy.reverseProxy(client);
        proxy.originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.upstreamTimeout().toMillis())));
        proxy.addInterceptor(new ProxyInterceptor() {

            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                return context.sendRequest().recover(failure -> {
                    ProblemKind kind = UpstreamFailure.kindOf(failure);
                    Log.warnf("%s %s: %s (%s)", upstream.name(), kind == ProblemKind.GATEWAY_TIMEOUT
                            ? "did not answer in time"
                            : "cannot be reached", failure.getClass().getSimpleName(),
                            failure.getMessage());
                    String detail = kind == ProblemKind.GATEWAY_TIMEOUT
                            ? upstream.name() + " did not answer within " + config.upstreamTimeout().toMillis() + " ms"
                            : upstream.name() + " cannot be reached; retry later";
                    String path = context.request().proxiedRequest().path();
                    ProxyResponse response = context.request().release().response();
                    response.headers().clear();
                    return Future.succeededFuture(response.setStatusCode(kind.status())
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .setBody(Body.body(Problems.body(kind, detail, path))));
                });
            }
        });
        return proxy;
    }
}
