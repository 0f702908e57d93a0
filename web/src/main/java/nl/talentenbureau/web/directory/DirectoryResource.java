package nl.talentenbureau.web.directory;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.shared.CatalogNames;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.PublicChoices;
import nl.talentenbureau.web.shared.api.FormErrors;
import nl.talentenbureau.web.shared.api.PublicApi;

/**
 * The coalition's directory for anyone ({@code GET /api/public/directory}): per organisation what it does for which
 * theme and kern, when it is open and how to reach it; filtered by theme and kern as the API offers.
 */
@Path("/organisaties")
@Produces(MediaType.TEXT_HTML)
public class DirectoryResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance directory(List<PublicApi.Organisation> organisations, String kern,
                String theme, List<PublicApi.Kern> kernen, List<PublicApi.Named> themes, FormErrors errors);
    }

    private final PublicApi api;
    private final CatalogNames names;

    @Inject
    DirectoryResource(@RestClient PublicApi api, CatalogNames names) {
        this.api = api;
        this.names = names;
    }

    @GET
    public Response list(@QueryParam("kern") String kern, @QueryParam("thema") String theme) {
        String k = kern == null || kern.isBlank() ? null : kern.strip();
        String t = theme == null || theme.isBlank() ? null : theme.strip();
        PublicApi.Catalog catalog = names.publicCatalog();
        List<String> wrong = PublicChoices.unknown(k, t, catalog);
        if (!wrong.isEmpty()) {
            return Html.page(400, Templates.directory(List.of(), k, t, catalog.kernen(), catalog.themes(),
                    FormErrors.fields(wrong.toArray(String[]::new))));
        }
        return Response.ok(Templates.directory(api.directory(t, k), k, t, catalog.kernen(), catalog.themes(),
                FormErrors.none())).build();
    }
}
