package nl.talentenbureau.matching.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Roles;

@Path("/internal/projection/summary")
@Tag(name = "Projection", description = "The state of the volunteer and request projection, for operations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@SecurityRequirement(name = "oidc")
public class ProjectionSummaryResource {

    private final ProjectionSummaries summaries;

    public ProjectionSummaryResource(ProjectionSummaries summaries) {
        this.summaries = summaries;
    }

    @GET
    @RunOnVirtualThread
    @Operation(summary = "Row counts, checksums and cursors of the projection", description = """
            For the restart check: compare with volunteer-service's `GET /internal/volunteers/summary` and
            request-service's `GET /internal/requests/summary`. checksum = md5 (hex) over the lines `id:version` of
            the rows ordered by id, joined by a line feed (SQL `md5(string_agg(id::text || ':' || version, E'\\n'
            order by id))`), md5 of the empty string for an empty table. Read in one statement. Service role only;
            never routed by the gateway.""")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = ProjectionSummary.class)))
    @APIResponse(responseCode = "403", description = "Not the service role")
    public ProjectionSummary summary() {
        return summaries.summary();
    }
}
