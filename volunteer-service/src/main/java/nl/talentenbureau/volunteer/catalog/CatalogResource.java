package nl.talentenbureau.volunteer.catalog;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.catalog.CatalogViews.KernView;
import nl.talentenbureau.volunteer.catalog.CatalogViews.TalentCreate;
import nl.talentenbureau.volunteer.catalog.CatalogViews.TalentView;
import nl.talentenbureau.volunteer.catalog.CatalogViews.ThemeView;
import nl.talentenbureau.volunteer.catalog.CatalogViews.TrainingCreate;
import nl.talentenbureau.volunteer.catalog.CatalogViews.TrainingView;

/** Reference data: any signed-in caller reads it, an admin adds or retires talents and trainings. */
@Path("/api/catalog")
@Tag(name = "Catalog", description = "Kernen, themes, talents and trainings")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class CatalogResource {

    private final CatalogService catalog;

    public CatalogResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/kernen")
    @RunOnVirtualThread
    @Authenticated
    @Operation(summary = "List kernen", description = "Village and town cores with approximate centroids (WGS84).")
    @APIResponse(responseCode = "200", description = "All kernen", content = @Content(schema = @Schema(implementation = KernView.class, type = SchemaType.ARRAY)))
    public List<KernView> kernen() {
        return catalog.kernen().stream().map(KernView::of).toList();
    }

    @GET
    @Path("/themes")
    @RunOnVirtualThread
    @Authenticated
    @Operation(summary = "List themes")
    @APIResponse(responseCode = "200", description = "All themes", content = @Content(schema = @Schema(implementation = ThemeView.class, type = SchemaType.ARRAY)))
    public List<ThemeView> themes() {
        return catalog.themes().stream().map(ThemeView::of).toList();
    }

    @GET
    @Path("/talents")
    @RunOnVirtualThread
    @Authenticated
    @Operation(summary = "List talents", description = "Retired talents are listed with retiredAt: old profiles may hold them, new ones cannot.")
    @APIResponse(responseCode = "200", description = "All talents", content = @Content(schema = @Schema(implementation = TalentView.class, type = SchemaType.ARRAY)))
    public List<TalentView> talents() {
        return catalog.talents().stream().map(TalentView::of).toList();
    }

    @GET
    @Path("/trainings")
    @RunOnVirtualThread
    @Authenticated
    @Operation(summary = "List trainings")
    @APIResponse(responseCode = "200", description = "All trainings", content = @Content(schema = @Schema(implementation = TrainingView.class, type = SchemaType.ARRAY)))
    public List<TrainingView> trainings() {
        return catalog.trainings().stream().map(TrainingView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/talents")
    @RunOnVirtualThread
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a talent")
    @APIResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location", description = "The talent list"), content = @Content(schema = @Schema(implementation = TalentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "409", description = "The code exists already")
    @APIResponse(responseCode = "422", description = "Unknown theme")
    public Response addTalent(@NotNull @Valid TalentCreate create) {
        Talent talent = catalog.addTalent(create);
        return Response.created(URI.create("/api/catalog/talents")).entity(TalentView.of(talent)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/talents/{code}/retire")
    @RunOnVirtualThread
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retire a talent", description = "Codes are never deleted: profiles keep a retired talent, new profiles cannot take it. Idempotent.")
    @APIResponse(responseCode = "200", description = "Retired", content = @Content(schema = @Schema(implementation = TalentView.class)))
    @APIResponse(responseCode = "400", description = "Code too long")
    @APIResponse(responseCode = "404", description = "Unknown talent")
    public TalentView retireTalent(@Parameter(example = "driving") @PathParam("code") @Size(max = 40) String code) {
        return TalentView.of(catalog.retireTalent(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/trainings")
    @RunOnVirtualThread
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a training")
    @APIResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location", description = "The training list"), content = @Content(schema = @Schema(implementation = TrainingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "409", description = "The code exists already")
    public Response addTraining(@NotNull @Valid TrainingCreate create) {
        Training training = catalog.addTraining(create);
        return Response.created(URI.create("/api/catalog/trainings")).entity(TrainingView.of(training)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/trainings/{code}/retire")
    @RunOnVirtualThread
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retire a training", description = "Records of it stay; it can no longer be recorded as completed. Idempotent.")
    @APIResponse(responseCode = "200", description = "Retired", content = @Content(schema = @Schema(implementation = TrainingView.class)))
    @APIResponse(responseCode = "400", description = "Code too long")
    @APIResponse(responseCode = "404", description = "Unknown training")
    public TrainingView retireTraining(
            @Parameter(example = "first-aid") @PathParam("code") @Size(max = 40) String code) {
        return TrainingView.of(catalog.retireTraining(code));
    }
}
