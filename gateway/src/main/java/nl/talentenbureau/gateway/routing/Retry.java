package nl.talentenbureau.gateway.routing;

import java.util.Set;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;

/**
 * Which requests the gateway may send twice: the idempotent methods (RFC 9110: GET, HEAD, OPTIONS, PUT, DELETE),
 * and a POST or PATCH that carries an {@code Idempotency-Key} (the service answers a repeat with the first answer).
 */
final class Retry {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    private Retry() {
    }

    static boolean safeToRepeat(HttpMethod method, MultiMap headers) {
        if (IDEMPOTENT.contains(method)) {
            return true;
        }
        String key = headers.get(IDEMPOTENCY_KEY);
        return (method == HttpMethod.POST || method == HttpMethod.PATCH) && key != null && !key.isBlank();
    }
}
