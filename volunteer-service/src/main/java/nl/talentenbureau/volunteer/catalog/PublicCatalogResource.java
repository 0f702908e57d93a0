package nl.talentenbureau.volunteer.catalog;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * The catalogue's names for anonymous pages (the web app's vacancies, application form and directory, and the
 * coalition's websites): which kern, theme, talent or training a code of a public read means, and the kernen an
 * applicant chooses from. Reference data only; the signed-in catalogue ({@link CatalogResource}) has the rest.
 */
@Path("/api/public/catalog")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicCatalogResource {

    static final String CACHE_CONTROL = "public, max-age=300";

    private final CatalogService catalog;

    public PublicCatalogResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "The catalogue's names (public)", description = "Anonymous; the kernen, themes, talents and trainings with their names, retired ones included (a vacancy may still name one).")
    @APIResponse(responseCode = "200", description = "The names", headers = @Header(name = "Cache-Control", description = "public, max-age=300"), content = @Content(schema = @Schema(implementation = PublicCatalogView.class)))
    @APIResponse(responseCode = "406", description = "Accept names no JSON")
    public Response names() {
        PublicCatalogView view = new PublicCatalogView(
                catalog.kernen().stream().map(k -> new PublicCatalogView.Kern(k.code, k.name)).toList(),
                catalog.themes().stream().map(t -> new PublicCatalogView.Named(t.code, t.nameNl, t.nameEn)).toList(),
                catalog.talents().stream().map(t -> new PublicCatalogView.Named(t.code, t.nameNl, t.nameEn)).toList(),
                catalog.trainings().stream().map(t -> new PublicCatalogView.Named(t.code, t.nameNl, t.nameEn))
                        .toList());
        return Response.ok(view).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    /** Codes and names only: nothing else of the catalogue (no centroids, notes or sources). */
    @Schema(name = "PublicCatalog")
    public record PublicCatalogView(List<Kern> kernen, List<Named> themes, List<Named> talents,
            List<Named> trainings) {

        @Schema(name = "PublicKern")
        public record Kern(@Schema(examples = "breukelen") String code, @Schema(examples = "Breukelen") String name) {
        }

        @Schema(name = "PublicName")
        public record Named(@Schema(examples = "digital") String code,
                @Schema(examples = "Digitale vitaliteit") String nameNl,
                @Schema(examples = "Digital vitality") String nameEn) {
        }
    }
}
