package nl.talentenbureau.web.shared;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.CatalogApi;

/**
 * The names of kernen and themes for pages that show the API's codes (a request's kern, its theme): the catalogue's
 * name, in the page's language where it has two; the code itself when the catalogue does not know it or cannot be
 * read, so a page never fails for a name. Templates read it as {@code inject:names}; each catalogue is read at most
 * once a request.
 */
@RequestScoped
@Named("names")
public class CatalogNames {

    private final CatalogApi catalog;
    private final Page page;
    private Map<String, String> kernen;
    private Map<String, CatalogApi.Theme> themes;

    @Inject
    CatalogNames(@RestClient CatalogApi catalog, Page page) {
        this.catalog = catalog;
        this.page = page;
    }

    public String kern(String code) {
        if (kernen == null) {
            kernen = read(() -> catalog.kernen().stream()
                    .collect(Collectors.toMap(CatalogApi.Kern::code, CatalogApi.Kern::name, (a, b) -> a)));
        }
        return code == null ? null : kernen.getOrDefault(code, code);
    }

    public String theme(String code) {
        if (themes == null) {
            themes = read(() -> catalog.themes().stream()
                    .collect(Collectors.toMap(CatalogApi.Theme::code, Function.identity(), (a, b) -> a)));
        }
        CatalogApi.Theme theme = code == null ? null : themes.get(code);
        if (theme == null) {
            return code;
        }
        String name = page.language() == Lang.EN ? theme.nameEn() : theme.nameNl();
        return name == null || name.isBlank() ? code : name;
    }

    private static <T> Map<String, T> read(Supplier<Map<String, T>> names) {
        try {
            return names.get();
        } catch (ApiException e) {
            // a name is a nicety: the page shows the code rather than an error
            return Map.of();
        }
    }
}
