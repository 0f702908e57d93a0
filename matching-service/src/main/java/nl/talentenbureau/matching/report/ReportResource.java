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
import jakarta.ws.rs.core.UriInfo;
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
@Tag(name = "Reports", description = "Aggregate impact figures for a year, quarter or month, per kern, theme, organisation or month, small cells and what would reveal them suppressed")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@SecurityRequirement(name = "oidc")
public class ReportResource {

    static final String CSV_EXAMPLE = """
            group,requests,matchesMade,matchesCompleted,hours,medianDaysToMatch,activeVolunteers,shareAged55Plus,unmatchedRequests\r
            breukelen,12,9,suppressed,86.5,6.5,7,,suppressed\r
            loenen,<5,<5,0,,,<5,,suppressed\r
            maarssen,suppressed,suppressed,<5,,5.0,suppressed,,suppressed\r
            total,35,30,7,140,6.0,17,0.588,10\r
            """;

    static final String JSON_EXAMPLE = """
            {"period": "2026", "from": "2026-01-01", "to": "2026-12-31", "by": "kern", "zone": "Europe/Amsterdam",
             "suppression": "counts 1 to 4 are shown as \\"<5\\" and 0 stays 0; ...",
             "groups": [
              {"group": "breukelen", "requests": 12, "matchesMade": 9, "matchesCompleted": "suppressed",
               "hours": 86.5, "medianDaysToMatch": 6.5, "activeVolunteers": 7, "shareAged55Plus": null,
               "unmatchedRequests": "suppressed",
               "suppressed": {"matchesCompleted": "suppressed: would reveal a small cell through a total",
                              "shareAged55Plus": "suppressed: with the requests or volunteers it would reveal a count under 5",
                              "unmatchedRequests": "suppressed: with the requests or volunteers it would reveal a count under 5"}},
              {"group": "loenen", "requests": "<5", "matchesMade": "<5", "matchesCompleted": 0, "hours": null,
               "medianDaysToMatch": null, "activeVolunteers": "<5", "shareAged55Plus": null,
               "unmatchedRequests": "suppressed",
               "suppressed": {"requests": "suppressed: fewer than 5", "matchesMade": "suppressed: fewer than 5",
                              "hours": "suppressed: hours of fewer than 5 matches",
                              "medianDaysToMatch": "suppressed: fewer than 5",
                              "activeVolunteers": "suppressed: fewer than 5",
                              "shareAged55Plus": "suppressed: with the requests or volunteers it would reveal a count under 5",
                              "unmatchedRequests": "suppressed: with the requests or volunteers it would reveal a count under 5"}}],
             "total": {"group": "total", "requests": 35, "matchesMade": 30, "matchesCompleted": 7, "hours": 140,
               "medianDaysToMatch": 6.0, "activeVolunteers": 17, "shareAged55Plus": 0.588, "unmatchedRequests": 10,
               "suppressed": {}}}""";

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
    @Operation(summary = "Impact figures for a year, quarter or month", description = """
            Per group and in total for a fixed calendar period (`period=2026`, `2026-Q4` or `2026-11`; free from/to
            dates and weeks are refused, so no two reports differ by a few days): requests created, matches made
            (accepted), matches completed, hours worked, median days to a first match, active volunteers and the
            share of them aged 55+, and requests left unmatched. `by=kern`, `theme` or `organisation` groups a
            whole year (never finer than a kern); `by=month` splits the period into its months. Counts of 1 to 4
            are answered as "<5"; hours of fewer than 5 matches and medians over fewer than 5 values are null; and
            every cell that would let a hidden one be worked out (through a total, a longer period, or another
            column of the row) is "suppressed" or null, the reason in `suppressed`. Every report of a year is a
            slice of one publication of that year, so combining reports reveals nothing more. JSON, or CSV with
            `Accept: text/csv` (header row, one row per group, the total row). For coordinators and admins of the
            coalition.""")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImpactReportView.class), examples = @ExampleObject(name = "a year by kern", value = JSON_EXAMPLE)),
            @Content(mediaType = ImpactCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "a year by kern", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "400", description = "period missing or not a year, quarter or month (a week is refused with its own reason), from or to sent, by not kern, theme, organisation or month, or kern, theme or organisation for less than a year (every bad field listed)")
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor text/csv")
    public Response impact(
            @Parameter(description = "The period: a year (2026), a quarter (2026-Q4) or a month (2026-11), in the service's zone; weeks and free from/to dates are refused", required = true, examples = {
                    @ExampleObject(name = "a year", value = "2026"),
                    @ExampleObject(name = "a quarter", value = "2026-Q4"),
                    @ExampleObject(name = "a month", value = "2026-11")}) @QueryParam("period") String period,
            @Parameter(description = "What to group by: kern, theme or organisation (a year only), or month (any period)", required = true, example = "kern") @QueryParam("by") String by,
            @Context UriInfo uri, @Context Request request) {
        // from and to are no parameters any more; a client still sending them learns why instead of a silent default
        ReportQuery query = ReportQuery.parse(period, by, uri.getQueryParameters().getFirst("from"),
                uri.getQueryParameters().getFirst("to"));
        Variant variant = request.selectVariant(VARIANTS);
        ImpactReportView report = reports.impact(query);
        if (variant != null && ImpactCsv.MEDIA_TYPE.equals(variant.getMediaType().toString())) {
            return Response.ok(ImpactCsv.write(report), ImpactCsv.MEDIA_TYPE).build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
