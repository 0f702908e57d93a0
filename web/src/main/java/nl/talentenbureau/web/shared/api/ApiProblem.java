package nl.talentenbureau.web.shared.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The API's RFC 9457 problem document, as far as the pages use it (the web app's own copy: no shared model jar). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiProblem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String BASE_TYPE = "https://talentenbureau.nl/problems/";

    public ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The last part of the type URI ({@code illegal-transition}), or empty when the answer had no problem body. */
    public String kind() {
        return type != null && type.startsWith(BASE_TYPE) ? type.substring(BASE_TYPE.length()) : "";
    }

    static ApiProblem ofStatus(int status) {
        return new ApiProblem(null, null, status, null, List.of());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
