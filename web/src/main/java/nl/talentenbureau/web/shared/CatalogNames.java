package nl.talentenbureau.web.shared;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.security.identity.SecurityIdentity;

import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.CatalogApi;
import nl.talentenbureau.web.shared.api.PublicApi;

/**
 * The names of kernen and themes for pages that show the API's codes (a request's kern, its theme): the catalogue's
 * name, in the page's language where it has two; the code itself when the catalogue does not know it or cannot be
 * read, so a page never fails for a name. Templates read it as {@code inject:names}; each catalogue is read at most
 * once a request. A visitor without a session (the public pages) gets them from the public catalogue, which needs no
 * token.
 */
@RequestScoped
@Named("names")
public class CatalogNames {

    private final CatalogApi catalog;
    private final PublicApi publicApi;
    private final Page page;
    private final boolean anonymous;
    private Map<String, String> kernen;
    private Map<String, CatalogApi.Theme> themes;
    private Map<String, CatalogApi.Theme> talents;
    private Map<String, CatalogApi.Theme> trainings;
    private PublicApi.Catalog publicCatalog;

    @Inject
    CatalogNames(@RestClient CatalogApi catalog, @RestClient PublicApi publicApi, Page page,
            SecurityIdentity identity) {
        this.catalog = catalog;
        this.publicApi = publicApi;
        this.page = page;
        this.anonymous = identity.isAnonymous();
    }

    public String kern(String code) {
        if (kernen == null) {
            kernen = anonymous
                    ? read(() -> publicCatalog().kernen().stream()
                            .collect(Collectors.toMap(PublicApi.Kern::code, PublicApi.Kern::name, (a, b) -> a)))
                    : read(() -> catalog.kernen().stream()
                            .collect(Collectors.toMap(CatalogApi.Kern::code, CatalogApi.Kern::name, (a, b) -> a)));
        }
        return code == null ? null : kernen.getOrDefault(code, code);
    }

    public String theme(String code) {
        if (themes == null) {
            themes = anonymous
                    ? read(() -> named(publicCatalog().themes()))
                    : read(() -> catalog.themes().stream()
                            .collect(Collectors.toMap(CatalogApi.Theme::code, Function.identity(), (a, b) -> a)));
        }
        return name(themes, code);
    }

    /** Kern names, comma-separated ("Breukelen, Maarssen"). */
    public String kernList(java.util.List<String> codes) {
        return codes == null ? "" : String.join(", ", codes.stream().map(this::kern).toList());
    }

    /** A talent's name (a vacancy's talents); the code when unknown. */
    public String talent(String code) {
        if (talents == null) {
            talents = anonymous
                    ? read(() -> named(publicCatalog().talents()))
                    : read(() -> catalog.talents().stream().collect(Collectors.toMap(CatalogApi.Talent::code,
                            t -> new CatalogApi.Theme(t.code(), t.nameNl(), t.nameEn()), (a, b) -> a)));
        }
        return name(talents, code);
    }

    /** A training's name (the trainings a vacancy needs); the code when unknown. */
    public String training(String code) {
        if (trainings == null) {
            trainings = anonymous
                    ? read(() -> named(publicCatalog().trainings()))
                    : read(() -> catalog.trainings().stream().collect(Collectors.toMap(CatalogApi.Training::code,
                            t -> new CatalogApi.Theme(t.code(), t.nameNl(), t.nameEn()), (a, b) -> a)));
        }
        return name(trainings, code);
    }

    /**
     * The public catalogue ({@code GET /api/public/catalog}), read at most once a request: the names for a visitor
     * without an account, and the kernen and themes the public pages offer. Empty when it cannot be read.
     */
    public PublicApi.Catalog publicCatalog() {
        if (publicCatalog == null) {
            try {
                publicCatalog = publicApi.catalog();
            } catch (ApiException | jakarta.ws.rs.ProcessingException e) {
                publicCatalog = new PublicApi.Catalog(null, null, null, null);
            }
        }
        return publicCatalog;
    }

    private static Map<String, CatalogApi.Theme> named(java.util.List<PublicApi.Named> names) {
        return names.stream().collect(Collectors.toMap(PublicApi.Named::code,
                n -> new CatalogApi.Theme(n.code(), n.nameNl(), n.nameEn()), (a, b) -> a));
    }

    private String name(Map<String, CatalogApi.Theme> names, String code) {
        CatalogApi.Theme named = code == null ? null : names.get(code);
        if (named == null) {
            return code;
        }
        String name = page.language() == Lang.EN ? named.nameEn() : named.nameNl();
        return name == null || name.isBlank() ? code : name;
    }

    private static <T> Map<String, T> read(Supplier<Map<String, T>> names) {
        try {
            return names.get();
        } catch (ApiException | jakarta.ws.rs.ProcessingException e) {
            // a name is a nicety: the page shows the code rather than an error
            return Map.of();
        }
    }
}
