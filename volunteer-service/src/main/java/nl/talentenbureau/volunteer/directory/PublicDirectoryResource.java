package nl.talentenbureau.volunteer.directory;

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
 * The directory for the coalition's and municipality's websites ("Welke organisaties zijn er voor ouderen en waarvoor
 * zijn zij er?"): no token, nothing personal, cacheable for {@value #MAX_AGE_SECONDS} s, with an ETag so a site that
 * asks again with If-None-Match gets 304. The gateway routes it without a token, with the public-read rate limit.
 */
@Path("/api/public/directory")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicDirectoryResource {

    static final int MAX_AGE_SECONDS = 300;
    static final String CACHE_CONTROL = "public, max-age=" + MAX_AGE_SECONDS;

    private final DirectoryService directory;

    public PublicDirectoryResource(DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "List the coalition's organisations (public)", description = "Anonymous; by name. With theme: those offering it; with kern: those offering something there (or in the whole coalition).")
    @APIResponse(responseCode = "200", description = "The organisations", headers = {
            @Header(name = "ETag", description = "Send it in If-None-Match to be told 304 while nothing changed"),
            @Header(name = "Cache-Control", description = "public, max-age=300")}, content = @Content(schema = @Schema(implementation = DirectoryView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid parameter")
    public Response list(@Context Request request,
            @Parameter(description = "Theme code", example = "health") @QueryParam("theme") @Size(max = 40) @Pattern(regexp = CatalogViews.CODE_PATTERN) String theme,
            @Parameter(description = "Kern code", example = "breukelen") @QueryParam("kern") @Size(max = 60) @Pattern(regexp = CatalogViews.CODE_PATTERN) String kern) {
        DirectoryService.Published published = directory.published(theme, kern);
        return ETags.cacheable(request, new EntityTag(published.tag()), published.entries(), CACHE_CONTROL);
    }

    @GET
    @Path("/{alias}")
    @RunOnVirtualThread
    @Operation(summary = "Read one organisation (public)", description = "Anonymous. The ETag is the entry's version: its coordinators send it in If-Match to replace it.")
    @APIResponse(responseCode = "200", description = "The organisation", headers = {
            @Header(name = "ETag", description = "The version; also for If-None-Match (304 while nothing changed)"),
            @Header(name = "Cache-Control", description = "public, max-age=300")}, content = @Content(schema = @Schema(implementation = DirectoryView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "The alias is not a lower-case slug")
    @APIResponse(responseCode = "404", description = "No entry for this organisation")
    public Response get(@Context Request request,
            @Parameter(description = "The organisation's alias", example = "welzijn-stichtse-vecht") @PathParam("alias") @Size(max = 80) @Pattern(regexp = CatalogViews.CODE_PATTERN, message = "must be a lower-case slug") String alias) {
        DirectoryService.Written entry = directory.published(alias);
        return ETags.cacheable(request, ETags.of(entry.entry().version), entry.view(), CACHE_CONTROL);
    }
}
