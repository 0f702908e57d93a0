package nl.talentenbureau.web.shared.api;

/**
 * The API answered with an error (or could not be reached: status 503). Thrown by every API client of the app, turned
 * into sentences by {@link FormErrors} on a form, or into an error page by {@link ApiExceptionHandler}.
 */
public class ApiException extends RuntimeException {

    private final ApiProblem problem;

    public ApiException(ApiProblem problem) {
        super("API answered " + problem.status() + " " + problem.kind());
        this.problem = problem;
    }

    public int status() {
        return problem.status();
    }

    public ApiProblem problem() {
        return problem;
    }
}
