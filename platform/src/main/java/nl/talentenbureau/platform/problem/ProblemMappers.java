package nl.talentenbureau.platform.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one mapper family: every exception that leaves a resource becomes an {@code application/problem+json}
 * answer with a stable type. Messages never echo submitted values, so no personal data leaks into answers or logs.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return answer(Problem.of(e.kind(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .reduce((a, b) -> a + "; " + b).orElse(null);
        return answer(Problem.of(ProblemKind.VALIDATION_FAILED, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return answer(Problem.of(ProblemKind.VALIDATION_FAILED, field + ": is not a field you can set", path(uri),
                List.of(new Problem.FieldError(field, "is not a field you can set"))));
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e, UriInfo uri) {
        return mismatch(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            String detail = isTrailingToken(e)
                    ? "the body goes on after its JSON value"
                    : "the body does not have the expected shape";
            return answer(Problem.of(ProblemKind.MALFORMED_REQUEST, detail, path(uri), List.of()));
        }
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return answer(Problem.of(ProblemKind.VALIDATION_FAILED, field + ": must be " + expected, path(uri),
                List.of(new Problem.FieldError(field, "must be " + expected))));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !jsonPath(mapping).isEmpty()) {
            String field = jsonPath(mapping);
            return answer(Problem.of(ProblemKind.VALIDATION_FAILED, field + ": cannot be read", path(uri),
                    List.of(new Problem.FieldError(field, "cannot be read"))));
        }
        return answer(Problem.of(ProblemKind.MALFORMED_REQUEST, "the body is not valid JSON", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticatedAnswer(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticatedAnswer(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(Problem.of(ProblemKind.FORBIDDEN, null, path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return stale(uri);
    }

    /**
     * Quarkus REST answers a query parameter that does not convert ({@code page=abc}) with 404, as it does a path
     * parameter; a bad query value is a bad request, so it answers 400 naming the parameter.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, ResourceInfo resource) {
        if (e.getCause() != null && !(e.getCause() instanceof WebApplicationException) && resource != null
                && uri != null) {
            Optional<UnconvertibleQuery.Found> bad = UnconvertibleQuery.in(resource.getResourceMethod(),
                    uri.getQueryParameters());
            if (bad.isPresent()) {
                String message = "must be " + describe(bad.get().type());
                return answer(Problem.of(ProblemKind.VALIDATION_FAILED, bad.get().name() + ": " + message, path(uri),
                        List.of(new Problem.FieldError(bad.get().name(), message))));
            }
        }
        return web(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemKind kind = ProblemKind.forStatus(status);
        // a status with no kind of its own gets RFC 9457's "about:blank" and the HTTP reason phrase
        Problem problem = kind.status() == status
                ? Problem.of(kind, null, path(uri), List.of())
                : new Problem(java.net.URI.create("about:blank"), reasonPhrase(status), status, null, path(uri),
                        List.of());
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        Optional.ofNullable(e.getResponse().getHeaderString(HttpHeaders.ALLOW)).ifPresent(allow -> builder.header(
                HttpHeaders.ALLOW, allow));
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            // nothing was stored: the transaction did not commit; the client may retry
            Log.warnf("database cannot be reached on %s: %s", path(uri), e.getClass().getSimpleName());
            return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, "5")
                    .entity(Problem.of(ProblemKind.SERVICE_UNAVAILABLE, "the database cannot be reached; retry in a "
                            + "few seconds", path(uri), List.of()))
                    .build();
        }
        // commit-time failures arrive wrapped: look for a known cause before calling it a server error
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return stale(uri);
            }
            if (cause instanceof ProblemException problem) {
                return domain(problem, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return answer(Problem.of(ProblemKind.CONFLICT, "the change conflicts with stored data", path(uri),
                        List.of()));
            }
        }
        Log.errorf(e, "unexpected %s on %s", e.getClass().getSimpleName(), path(uri));
        return answer(Problem.of(ProblemKind.INTERNAL, null, path(uri), List.of()));
    }

    private static Response stale(UriInfo uri) {
        return answer(Problem.of(ProblemKind.PRECONDITION_FAILED,
                "someone else changed it first: read it again and retry with the new ETag", path(uri), List.of()));
    }

    private static Response unauthenticatedAnswer(UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(Problem.of(ProblemKind.UNAUTHENTICATED, null, path(uri), List.of())).build();
    }

    static Response answer(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** "talents[1].level" from Jackson's reference chain. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The field a violation is about, without the method and parameter names: "talents[0].level", "size". */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String lastParameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                lastParameter = node.getName();
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.getLast() + "[" + node.getIndex() + "]");
            } else if (node.getKey() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.getLast() + "[" + node.getKey() + "]");
            }
            if (name != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return lastParameter == null ? "body" : lastParameter;
        }
        return String.join(".", parts);
    }

    /** Jackson says so in its message only (StrictJson turned on FAIL_ON_TRAILING_TOKENS). */
    private static boolean isTrailingToken(MismatchedInputException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token");
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object";
    }
}
