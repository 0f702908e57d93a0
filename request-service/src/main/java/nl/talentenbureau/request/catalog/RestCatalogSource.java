package nl.talentenbureau.request.catalog;

import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads the catalogue from volunteer-service with the caller's own bearer token: the catalogue is readable by every
 * signed-in caller, and a check only ever happens inside a caller's request.
 */
@ApplicationScoped
class RestCatalogSource implements CatalogSource {

    private final CatalogApi api;
    private final JsonWebToken token;

    RestCatalogSource(@RestClient CatalogApi api, JsonWebToken token) {
        this.api = api;
        this.token = token;
    }

    @Override
    public Map<String, Boolean> read(CatalogList list) {
        Map<String, Boolean> codes = new TreeMap<>();
        for (CatalogApi.Entry entry : api.list(list.path, "Bearer " + token.getRawToken())) {
            codes.put(entry.code(), entry.retiredAt() == null);
        }
        return codes;
    }
}
