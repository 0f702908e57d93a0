package nl.talentenbureau.gateway.http;

import java.util.Map;
import java.util.Optional;

import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * The gateway's own limits on a request's size, answered as problem+json (414, 431) before anything is routed.
 * Vert.x' HTTP codec refuses a request over its limits ({@code quarkus.http.limits.*}) with an empty body and then
 * closes the connection, and Quarkus 3.34 offers no hook to change that answer (Vert.x'
 * {@code HttpServer.invalidRequestHandler} is not exposed); so the codec's limits are set well above these, and the
 * gateway refuses first. The limits stay below what the services accept (Quarkus' defaults: a 4,096-byte request
 * line, 20 KiB of headers), so what the gateway passes on a service reads whole.
 */
public final class RequestLimits {

    /** Characters of the request target (path and query, as sent). */
    public static final int MAX_TARGET_LENGTH = 4000;
    /** Characters of all header names and values together. */
    public static final int MAX_HEADERS_LENGTH = 16 * 1024;

    private RequestLimits() {
    }

    public record Refusal(ProblemKind kind, String detail) {
    }

    /** Why the request is too large, or empty when it is within the limits. */
    public static Optional<Refusal> check(String target, Iterable<Map.Entry<String, String>> headers) {
        if (target != null && target.length() > MAX_TARGET_LENGTH) {
            return Optional.of(new Refusal(ProblemKind.URI_TOO_LONG,
                    "The path and query are longer than " + MAX_TARGET_LENGTH + " characters"));
        }
        long length = 0;
        for (Map.Entry<String, String> header : headers) {
            length += header.getKey().length() + header.getValue().length();
        }
        if (length > MAX_HEADERS_LENGTH) {
            return Optional.of(new Refusal(ProblemKind.HEADERS_TOO_LARGE,
                    "The headers are longer than " + MAX_HEADERS_LENGTH + " characters together"));
        }
        return Optional.empty();
    }

    /**
     * Why the body of a public write is refused (413), or empty: larger than {@code maxBytes} by its
     * Content-Length, or sent without one (chunked), since its size is then not known before it is passed on.
     */
    public static Optional<Refusal> checkBody(String contentLength, String transferEncoding, int maxBytes) {
        long length;
        try {
            length = contentLength == null ? -1 : Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length > maxBytes || length < 0 && transferEncoding != null) {
            return Optional.of(new Refusal(ProblemKind.CONTENT_TOO_LARGE,
                    "Send the body with a Content-Length of at most " + maxBytes + " bytes"));
        }
        return Optional.empty();
    }
}
