package nl.talentenbureau.gateway.http;

import java.util.Map;
import java.util.Optional;

import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * The gateway's own limits on a request's size, answered as problem+json (413, 414, 431) before anything is routed.
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
    /**
     * Bytes of a body, as its {@code Content-Length} declares: every body of the API is a small JSON document (the
     * largest, a batch of proposals, is some KiB). A chunked body declares no length; the service's own limit
     * ({@code quarkus.http.limits.max-body-size}) refuses that one, with an empty 413.
     */
    public static final long MAX_BODY_LENGTH = 1024 * 1024;

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
        long bodyLength = 0;
        for (Map.Entry<String, String> header : headers) {
            length += header.getKey().length() + header.getValue().length();
            if (header.getKey().equalsIgnoreCase("Content-Length")) {
                bodyLength = Math.max(bodyLength, declared(header.getValue()));
            }
        }
        if (length > MAX_HEADERS_LENGTH) {
            return Optional.of(new Refusal(ProblemKind.HEADERS_TOO_LARGE,
                    "The headers are longer than " + MAX_HEADERS_LENGTH + " characters together"));
        }
        if (bodyLength > MAX_BODY_LENGTH) {
            return Optional.of(new Refusal(ProblemKind.CONTENT_TOO_LARGE,
                    "The body is " + bodyLength + " bytes; at most " + MAX_BODY_LENGTH + " are accepted"));
        }
        return Optional.empty();
    }

    /** A Content-Length as sent; one that is not a number is left to the HTTP codec (it answers 400). */
    private static long declared(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
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
