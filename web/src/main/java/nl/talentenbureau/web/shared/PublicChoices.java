package nl.talentenbureau.web.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.talentenbureau.web.shared.api.PublicApi;

/**
 * A filter of the public pages (kern, theme) checked against the catalogue before the API is asked: a value the form
 * does not offer is a sentence at its field, not a 400 page. Shared by the vacancies, the application form and the
 * directory.
 */
public final class PublicChoices {

    private PublicChoices() {
    }

    /** The form fields ({@code kern}, {@code theme}) whose value the catalogue does not know. */
    public static List<String> unknown(String kern, String theme, PublicApi.Catalog catalog) {
        List<String> wrong = new ArrayList<>();
        if (catalog.kernen().isEmpty()) {
            return wrong;
        }
        if (kern != null && catalog.kernen().stream().noneMatch(k -> k.code().equals(kern))) {
            wrong.add("kern");
        }
        if (theme != null && catalog.themes().stream().noneMatch(t -> t.code().equals(theme))) {
            wrong.add("theme");
        }
        return wrong;
    }

    /** A path's id, or null when it is not one. */
    public static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
