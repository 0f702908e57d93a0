package nl.talentenbureau.gateway.routing;

import java.util.Set;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;

/**
 * Which requests the gateway may send twice: the idempotent methods (RFC 9110: GET, HEAD, OPTIONS, PUT, DELETE),
 * and a POST or PATCH that carries an {@code Idempotency-Key} (the service answers a repeat with the first answer),
 * with a body small enough to keep.
 */
final class Retry {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    private Retry() {
    }

    /**
     * A body is read into memory before the first send so that it can be sent twice: only up to this size (the
     * services' own bodies are far smaller); a larger body, or one of unknown length (chunked), is sent once.
     */
    static final long MAX_BUFFERED_BODY = 1024 * 1024;

    /** {@code bodyLength}: the Content-Length, 0 without a body, -1 when unknown (chunked). */
    static boolean safeToRepeat(HttpMethod method, MultiMap headers, long bodyLength) {
        if (bodyLength > MAX_BUFFERED_BODY || bodyLength < 0 && headers.contains("Transfer-Encoding")) {
            return false;
        }
        if (IDEMPOTENT.contains(method)) {
            return true;
        }
        String key = headers.get(IDEMPOTENCY_KEY);
        return (method == HttpMethod.POST || method == HttpMethod.PATCH) && key != null && !key.isBlank();
    }
}
