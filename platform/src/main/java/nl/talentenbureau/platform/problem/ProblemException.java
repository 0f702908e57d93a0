package nl.talentenbureau.platform.problem;

import java.util.List;

/**
 * A domain exception that knows which problem it is. Services throw these; the mapper turns them into
 * problem documents, so resources never build error bodies themselves.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ProblemException(ProblemKind kind, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemKind.NOT_FOUND, what + " not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemKind.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemKind.FORBIDDEN, detail);
    }

    public static ProblemException illegalTransition(String detail) {
        return new ProblemException(ProblemKind.ILLEGAL_TRANSITION, detail);
    }

    /** A field that is well-formed but refers to something unknown or unusable (an unknown kern, a retired talent). */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemKind.UNPROCESSABLE, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemKind.VALIDATION_FAILED, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
