package nl.talentenbureau.matching.report;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.security.Roles;

@Path("/api/reports")
@Tag(name = "Reports", description = "Aggregate impact figures per kern, theme, month or organisation, small cells suppressed")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@SecurityRequirement(name = "oidc")
public class ReportResource {

    static final String CSV_EXAMPLE = """
            group,requests,matchesMade,matchesCompleted,hours,medianDaysToMatch,activeVolunteers,shareAged55Plus,unmatchedRequests\r
            breukelen,12,9,<5,86.5,6.5,7,0.571,3\r
            loenen,<5,suppressed,0,,,<5,,<5\r
            total,15,14,<5,,6.5,10,0.6,<5\r
            """;

    private static final List<Variant> VARIANTS = Variant
            .mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(ImpactCsv.MEDIA_TYPE)).build();

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/impact")
    @Produces({MediaType.APPLICATION_JSON, ImpactCsv.MEDIA_TYPE})
    @RunOnVirtualThread
    @Operation(summary = "Impact figures for a period", description = """
            Per group (kern, theme, month or organisation of the request; never finer than a kern) and in total:
            requests created, matches made (accepted), matches completed, hours worked, median days to a first
            match, active volunteers and the share of them aged 55+, and requests left unmatched. Counts of 1 to 4
            are answered as "<5", medians and shares over fewer than 5 values and hours of fewer than 5 matches as
            null (the reason in `suppressed`), and where the total would reveal a hidden cell the next smallest
            cell is "suppressed" too. JSON, or CSV with `Accept: text/csv` (header row, one row per group, the
            total row). For coordinators and admins of the coalition.""")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImpactReportView.class)),
            @Content(mediaType = ImpactCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "by kern", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "400", description = "from or to missing or not a date, to before from, a period over 5 years, or by not kern, theme, month or organisation (every bad field listed)")
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor text/csv")
    public Response impact(
            @Parameter(description = "First day of the period (included), in the service's zone", required = true, example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day of the period (included); at most 5 years after from", required = true, example = "2026-06-30") @QueryParam("to") String to,
            @Parameter(description = "What to group by: kern, theme, month or organisation", required = true, example = "kern") @QueryParam("by") String by,
            @Context Request request) {
        ReportPeriod period = ReportPeriod.parse(from, to, by);
        Variant variant = request.selectVariant(VARIANTS);
        ImpactReportView report = reports.impact(period);
        if (variant != null && ImpactCsv.MEDIA_TYPE.equals(variant.getMediaType().toString())) {
            return Response.ok(ImpactCsv.write(report), ImpactCsv.MEDIA_TYPE).build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
