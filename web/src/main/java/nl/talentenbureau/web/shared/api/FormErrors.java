package nl.talentenbureau.web.shared.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one mechanism that turns an API error into sentences a person can act on: a field of the form the API named
 * gets the message key {@code error_field_<field>} (shown in {@code #<field>-error}); anything else gets one sentence
 * for its kind in {@code #form-error}. The keys are message bundle keys, rendered in the person's language by the
 * template ({@code tags/fieldError}, {@code tags/formError}).
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of(), null);

    private final Map<String, String> fields;
    private final String form;

    private FormErrors(Map<String, String> fields, String form) {
        this.fields = fields;
        this.form = form;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** One error of the form itself (a check the page makes before calling the API, say a missing choice). */
    public static FormErrors field(String field) {
        return new FormErrors(Map.of(field, fieldKey(field)), null);
    }

    public static FormErrors of(ApiException error, Set<String> formFields) {
        Map<String, String> same = new LinkedHashMap<>();
        formFields.forEach(field -> same.put(field, field));
        return of(error, same);
    }

    /** When the form names a field differently from the API: {@code apiToForm} maps the API's name to the form's. */
    public static FormErrors of(ApiException error, Map<String, String> apiToForm) {
        Map<String, String> fields = new LinkedHashMap<>();
        boolean unplaced = false;
        for (ApiProblem.FieldError fieldError : error.problem().errors()) {
            String field = leaf(fieldError.field());
            if (field != null && apiToForm.containsKey(field)) {
                fields.put(apiToForm.get(field), fieldKey(apiToForm.get(field)));
            } else {
                unplaced = true;
            }
        }
        return new FormErrors(Map.copyOf(fields), fields.isEmpty() || unplaced ? kindKey(error) : null);
    }

    /** The message key for an API error that no field of the page can show. */
    public static String kindKey(ApiException error) {
        return switch (error.status()) {
            case 400 -> "error_validation";
            case 403 -> "error_forbidden";
            case 404 -> "error_not_found";
            case 409 -> "illegal-transition".equals(error.problem().kind())
                    ? "error_illegal_transition"
                    : "error_conflict";
            case 412, 428 -> "error_stale";
            case 413 -> "error_too_large";
            case 422 -> "error_unprocessable";
            case 429 -> "error_busy";
            default -> "error_unavailable";
        };
    }

    private static String fieldKey(String field) {
        return "error_field_" + field;
    }

    /** {@code decline.reason} or {@code body.reason} from Bean Validation paths: the last part is the form's name. */
    private static String leaf(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    public boolean any() {
        return form != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String key(String field) {
        return fields.get(field);
    }

    public boolean hasForm() {
        return form != null;
    }

    public String formKey() {
        return form;
    }
}
