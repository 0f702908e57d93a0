package nl.talentenbureau.web.vacancies;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.ProcessingException;

import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.PublicApi;

/**
 * A filter of the public pages (kern, theme) checked against the catalogue before the API is asked: a value the form
 * does not offer is a sentence at its field, not a 400 page. Shared by the vacancies and the directory.
 */
public final class Choices {

    private Choices() {
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

    /** The catalogue for a filter form; empty (every filter allowed, the API checks) when it cannot be read. */
    public static PublicApi.Catalog catalog(PublicApi api) {
        try {
            return api.catalog();
        } catch (ApiException | ProcessingException e) {
            return new PublicApi.Catalog(List.of(), List.of(), List.of(), List.of());
        }
    }

    public static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
