package nl.talentenbureau.platform.problem;

import java.net.URI;

/**
 * Every kind of error a service answers, each with a stable {@code type} URI that clients can switch on.
 */
public enum ProblemKind {

    MALFORMED_REQUEST(400, "malformed-request", "The request body or a parameter cannot be read"),
    VALIDATION_FAILED(400, "validation-failed", "One or more fields are invalid"),
    UNAUTHENTICATED(401, "unauthenticated", "A valid bearer token is required"),
    FORBIDDEN(403, "forbidden", "Your role does not allow this operation"),
    NOT_FOUND(404, "not-found", "The resource does not exist or is not visible to you"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "The method is not allowed on this resource"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No representation matches the Accept header"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    ILLEGAL_TRANSITION(409, "illegal-transition", "This status step is not allowed"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource changed since you read it"),
    CONTENT_TOO_LARGE(413, "content-too-large", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The request's path and query are too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The body must be application/json"),
    UNPROCESSABLE(422, "unprocessable", "The request refers to something that cannot be used"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Send If-Match with the ETag you read"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests from this client; slow down"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "The request's headers are too large"),
    INTERNAL(500, "internal", "Something went wrong on our side"),
    BAD_GATEWAY(502, "bad-gateway", "A service this operation needs gave no answer; retry later"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "A service this operation needs cannot be reached; retry later"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "A service this operation needs did not answer in time; retry later");

    public static final String BASE_URI = "https://talentenbureau.nl/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create(BASE_URI + slug);
    }

    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
