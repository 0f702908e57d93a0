package nl.talentenbureau.web.vacancies;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;
import nl.talentenbureau.web.shared.api.PublicApi;
import nl.talentenbureau.web.shared.api.PublicApi.Vacancy;

/**
 * The open vacancies for anyone, without an account ({@code GET /api/public/vacancies}): a list to filter by kern
 * and theme, and one vacancy with the button to apply for it. The organisation is shown by its directory name.
 */
@Path("/vacatures")
@Produces(MediaType.TEXT_HTML)
public class VacanciesResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance vacancies(List<Vacancy> vacancies, Filter filter, List<PublicApi.Kern> kernen,
                List<PublicApi.Named> themes, Map<String, String> organisations, FormErrors errors);

        static native TemplateInstance vacancy(Vacancy vacancy, String organisation);

        static native TemplateInstance gone();
    }

    /** The filter as chosen (codes; empty: all). */
    public record Filter(String kern, String theme) {
    }

    private final PublicApi api;
    private final CatalogNames names;

    @Inject
    VacanciesResource(@RestClient PublicApi api, CatalogNames names) {
        this.api = api;
        this.names = names;
    }

    @GET
    public Response list(@QueryParam("kern") String kern, @QueryParam("thema") String theme) {
        Filter filter = new Filter(blankToNull(kern), blankToNull(theme));
        PublicApi.Catalog catalog = names.publicCatalog();
        List<String> wrong = PublicChoices.unknown(filter.kern(), filter.theme(), catalog);
        if (!wrong.isEmpty()) {
            return Html.page(400, Templates.vacancies(List.of(), filter, catalog.kernen(), catalog.themes(), Map.of(),
                    FormErrors.fields(wrong.toArray(String[]::new))));
        }
        List<Vacancy> found = api.vacancies(filter.kern(), filter.theme());
        return Response.ok(Templates.vacancies(found, filter, catalog.kernen(), catalog.themes(), organisations(),
                FormErrors.none())).build();
    }

    @GET
    @Path("/{id}")
    public Response one(@PathParam("id") String id) {
        UUID vacancyId = PublicChoices.uuid(id);
        if (vacancyId == null) {
            return Html.page(404, Templates.gone());
        }
        Vacancy vacancy;
        try {
            vacancy = api.vacancy(vacancyId);
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Html.page(404, Templates.gone());
            }
            throw e;
        }
        return Response.ok(Templates.vacancy(vacancy, organisations().getOrDefault(vacancy.organisation(),
                vacancy.organisation()))).build();
    }

    /** Alias to name from the directory; a nicety, so the alias when the directory cannot be read. */
    private Map<String, String> organisations() {
        try {
            return api.directory(null, null).stream()
                    .collect(Collectors.toMap(PublicApi.Organisation::alias, PublicApi.Organisation::name,
                            (a, b) -> a));
        } catch (ApiException | jakarta.ws.rs.ProcessingException e) {
            return Map.of();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
