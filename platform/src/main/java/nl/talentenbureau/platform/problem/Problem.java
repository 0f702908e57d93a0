package nl.talentenbureau.platform.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document: the body of every non-2xx answer.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "https://talentenbureau.nl/problems/validation-failed") URI type,
        @Schema(examples = "One or more fields are invalid") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "homeKern: unknown kern 'atlantis'") String detail,
        @Schema(examples = "/api/volunteers") String instance,
        @Schema(description = "The offending fields, for validation errors") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemKind kind, String detail, String instance, List<FieldError> errors) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, instance, errors);
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "homeKern") String field,
            @Schema(examples = "unknown kern 'atlantis'") String message) {
    }
}
