package nl.talentenbureau.matching.report;

import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.report.ReportPeriod;
import nl.talentenbureau.platform.security.Roles;

/** The signals' counts (issue 16), under the impact report's privacy floor. */
@Path("/api/reports/signals")
@Tag(name = "Reports")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@SecurityRequirement(name = "oidc")
public class SignalReportResource {

    private final SignalFacts facts;
    private final MatchingConfig config;

    public SignalReportResource(SignalFacts facts, MatchingConfig config) {
        this.facts = facts;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(summary = "Signals for a year, quarter or month", description = """
            Signals raised in a fixed calendar period (`period=2026`, `2026-Q4` or `2026-11`), per kern or theme (a whole
            year only) or per month, with the median hours from raising to pick-up and to the feedback to the raiser. The
            impact report's floor: nothing below a kern; counts of 1 to 4 answered as "<5"; every count that would let a
            hidden one be worked out "suppressed"; medians over fewer than 5 signals, or next to a hidden count, null (the
            reason in `suppressed`). Every report of a year is a slice of one publication of that year. The figures come
            from request-service at the moment of asking. For coordinators and admins of the coalition.""")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = SignalReport.View.class)))
    @APIResponse(responseCode = "400", description = "period missing or not a year, quarter or month, from or to sent, by not kern, theme or month, or kern or theme for less than a year (every bad field listed)")
    @APIResponse(responseCode = "503", description = "request-service cannot be reached for the figures")
    public SignalReport.View signals(
            @Parameter(description = "The period: a year (2026), a quarter (2026-Q4) or a month (2026-11), in the service's zone", required = true, examples = {
                    @ExampleObject(name = "a year", value = "2026"),
                    @ExampleObject(name = "a month", value = "2026-11")}) @QueryParam("period") String period,
            @Parameter(description = "What to group by: kern or theme (a year only), or month (any period)", required = true, example = "kern") @QueryParam("by") String by,
            @Context UriInfo uri) {
        if ("organisation".equals(by)) {
            throw ProblemException.invalid("by",
                    "must be kern, theme or month: signals are not counted per organisation");
        }
        ReportQuery query = ReportQuery.parse(period, by, uri.getQueryParameters().getFirst("from"),
                uri.getQueryParameters().getFirst("to"));
        ZoneId zone = config.zone();
        ReportPeriod year = query.period().yearPeriod();
        return SignalReport.publish(year.year(), zone, facts.between(year.start(zone), year.end(zone)))
                .view(query, zone);
    }
}
