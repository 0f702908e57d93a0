package nl.talentenbureau.volunteer.vacancy;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.http.ETags;
import nl.talentenbureau.volunteer.catalog.CatalogViews;

/**
 * The open vacancies for the coalition's and municipality's websites: no token, nothing personal (a vacancy holds
 * none), cacheable for {@value #MAX_AGE_SECONDS} s by browsers and shared caches, with an ETag so a site that asks
 * again with If-None-Match gets 304. The gateway routes it without a token, with a rate limit of its own.
 */
@Path("/api/public/vacancies")
@Tag(name = "Vacancies")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicVacancyResource {

    static final int MAX_AGE_SECONDS = 300;
    static final String CACHE_CONTROL = "public, max-age=" + MAX_AGE_SECONDS;

    private final VacancyService vacancies;

    public PublicVacancyResource(VacancyService vacancies) {
        this.vacancies = vacancies;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "List open vacancies (public)", description = "Anonymous; newest first, at most 200. With kern: the vacancies there and those open to anywhere.")
    @APIResponse(responseCode = "200", description = "The open vacancies", headers = {
            @Header(name = "ETag", description = "Send it in If-None-Match to be told 304 while nothing changed"),
            @Header(name = "Cache-Control", description = "public, max-age=300")}, content = @Content(schema = @Schema(implementation = PublicVacancyView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid parameter")
    public Response list(@Context Request request,
            @Parameter(description = "Kern code", example = "breukelen") @QueryParam("kern") @Size(max = 60) @Pattern(regexp = CatalogViews.CODE_PATTERN) String kern,
            @Parameter(description = "Theme code", example = "digital") @QueryParam("theme") @Size(max = 40) @Pattern(regexp = CatalogViews.CODE_PATTERN) String theme) {
        VacancyService.Published published = vacancies.published(kern, theme);
        return ETags.cacheable(request, new EntityTag(published.tag()), published.vacancies(), CACHE_CONTROL);
    }

    @GET
    @Path("/{id}")
    @RunOnVirtualThread
    @Operation(summary = "Read an open vacancy (public)", description = "Anonymous; a closed or unknown vacancy is 404.")
    @APIResponse(responseCode = "200", description = "The vacancy", headers = {
            @Header(name = "ETag", description = "Send it in If-None-Match to be told 304 while nothing changed"),
            @Header(name = "Cache-Control", description = "public, max-age=300")}, content = @Content(schema = @Schema(implementation = PublicVacancyView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No open vacancy with this id")
    public Response get(@Context Request request, @PathParam("id") UUID id) {
        PublicVacancyView vacancy = vacancies.published(id);
        return ETags.cacheable(request, new EntityTag(VacancyService.tagOf(List.of(vacancy))), vacancy, CACHE_CONTROL);
    }
}
