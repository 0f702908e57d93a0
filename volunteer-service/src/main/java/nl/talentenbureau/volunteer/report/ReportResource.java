package nl.talentenbureau.volunteer.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

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

/**
 * The coalition's funnel ("vinden") and training ("opleiden") figures, for coordinators and admins: aggregate only,
 * never below kern, with the impact report's privacy floor (platform's {@code YearTable}).
 */
@Path("/api/volunteers/reports")
@Tag(name = "Reports", description = "Aggregate funnel and training figures for a year, quarter or month, per kern, source, training or month, small cells and what would reveal them suppressed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@SecurityRequirement(name = "oidc")
public class ReportResource {

    static final String PERIOD = "The period: a year (2026), a quarter (2026-Q4) or a month (2026-11), at most one calendar year; a span of periods (2025-2026), weeks and free from/to dates are refused";

    static final String FUNNEL_EXAMPLE = """
            {"period": "2026", "from": "2026-01-01", "to": "2026-12-31", "by": "kern", "zone": "Europe/Amsterdam",
             "suppression": "counts 1 to 4 are shown as \\"<5\\" and 0 stays 0; ...",
             "groups": [
              {"group": "breukelen", "applied": 14, "intake": 11, "active": 9, "declined": "<5",
               "medianDaysToActive": 21.0, "suppressed": {"declined": "suppressed: fewer than 5"}},
              {"group": "loenen-aan-de-vecht", "applied": "<5", "intake": "<5", "active": "<5", "declined": 0,
               "medianDaysToActive": null,
               "suppressed": {"applied": "suppressed: fewer than 5", "intake": "suppressed: fewer than 5",
                              "active": "suppressed: fewer than 5", "medianDaysToActive": "suppressed: fewer than 5"}},
              {"group": "maarssen-dorp", "applied": 8, "intake": 6, "active": "suppressed", "declined": "suppressed",
               "medianDaysToActive": 17.5,
               "suppressed": {"active": "suppressed: would reveal a small cell through a total",
                              "declined": "suppressed: would reveal a small cell through a total"}}],
             "total": {"group": "total", "applied": 25, "intake": 19, "active": 15, "declined": 7,
               "medianDaysToActive": 20.0, "suppressed": {}}}""";

    static final String TRAINING_EXAMPLE = """
            {"period": "2026", "from": "2026-01-01", "to": "2026-12-31", "by": "training",
             "suppression": "counts 1 to 4 are shown as \\"<5\\" and 0 stays 0; ...",
             "groups": [
              {"group": "dementia-basics", "sessions": 6, "places": 72, "attended": 58, "suppressed": {}},
              {"group": "digicoach", "sessions": "<5", "places": 24, "attended": 19,
               "suppressed": {"sessions": "suppressed: fewer than 5"}}],
             "total": {"group": "total", "sessions": 8, "places": 96, "attended": 77, "suppressed": {}}}""";

    static final String FUNNEL_BY_SOURCE_EXAMPLE = """
            {"period": "2026", "from": "2026-01-01", "to": "2026-12-31", "by": "source", "zone": "Europe/Amsterdam",
             "suppression": "counts 1 to 4 are shown as \\"<5\\" and 0 stays 0; ...",
             "groups": [
              {"group": "DIRECT", "applied": "suppressed", "intake": "suppressed", "active": 5, "declined": 0,
               "medianDaysToActive": 9.0,
               "suppressed": {"applied": "suppressed: would reveal a small cell through a total",
                              "intake": "suppressed: would reveal a small cell through a total"}},
              {"group": "EVENT", "applied": 9, "intake": 7, "active": 6, "declined": "<5", "medianDaysToActive": 24.0,
               "suppressed": {"declined": "suppressed: fewer than 5"}},
              {"group": "REFERRAL", "applied": "<5", "intake": "<5", "active": "<5", "declined": 0,
               "medianDaysToActive": null,
               "suppressed": {"applied": "suppressed: fewer than 5", "intake": "suppressed: fewer than 5",
                              "active": "suppressed: fewer than 5", "medianDaysToActive": "suppressed: fewer than 5"}},
              {"group": "VACANCY", "applied": 7, "intake": 5, "active": "<5", "declined": "<5",
               "medianDaysToActive": null,
               "suppressed": {"active": "suppressed: fewer than 5", "declined": "suppressed: fewer than 5",
                              "medianDaysToActive": "suppressed: fewer than 5"}}],
             "total": {"group": "total", "applied": 25, "intake": 19, "active": 15, "declined": 7,
               "medianDaysToActive": 20.0, "suppressed": {}}}""";

    static final String FUNNEL_BY = "What to group by: `kern` (the kern the volunteer lived in at each step) or `source` (how the volunteer came: the source of the application the profile was made from, VACANCY, EVENT, REFERRAL, WEBSITE or OTHER, or DIRECT for a profile registered without an application), each for a whole year only; or `month` (any period). Anything else is 400 naming these values";

    static final String TRAINING_BY = "What to group by: `kern` (the session's kern) or `training`, each for a whole year only; or `month` (any period). Anything else is 400 naming these values";

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/funnel")
    @RunOnVirtualThread
    @Operation(summary = "The funnel: applied, intake, active, declined", description = """
            How many volunteers applied (their profile was made), came to an intake, became active for the first time
            and were declined (stopped before they were ever active), and the median days from applying to active, in
            a fixed calendar period (`period=2026`, `2026-Q4` or `2026-11`; at most a year). `by=kern` groups a whole
            year by the kern the volunteer lived in at each step (never finer than a kern); `by=source` groups a whole
            year by how the volunteer came: the source of the application the profile was made from (VACANCY, EVENT,
            REFERRAL, WEBSITE, OTHER), or DIRECT for a profile registered by a coordinator or by the volunteer herself
            without an application; `by=month` splits the period into its months. Kern and source are never crossed.
            Counts of 1 to 4 are answered as "<5", medians over fewer than 5 values are null, and every cell that
            would let a hidden one be worked out (through a total or a longer period) is "suppressed", the reason in
            `suppressed`. Every report of a year is a slice of one publication of that year. For coordinators and
            admins of the coalition: the figures are the coalition's, not one organisation's.""")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FunnelReportView.class), examples = {
            @ExampleObject(name = "a year by kern", value = FUNNEL_EXAMPLE),
            @ExampleObject(name = "a year by source", value = FUNNEL_BY_SOURCE_EXAMPLE)}))
    @APIResponse(responseCode = "400", description = "period missing, longer than a year or not a year, quarter or month (a week is refused with its own reason), from or to sent, by not kern, source or month, or kern or source for less than a year (every bad field listed)")
    public FunnelReportView funnel(
            @Parameter(description = PERIOD, required = true, examples = {
                    @ExampleObject(name = "a year", value = "2026"),
                    @ExampleObject(name = "a quarter", value = "2026-Q4"),
                    @ExampleObject(name = "a month", value = "2026-11")}) @QueryParam("period") String period,
            @Parameter(description = FUNNEL_BY, required = true, example = "source", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "kern", "source", "month"})) @QueryParam("by") String by,
            @Context UriInfo uri) {
        return reports.funnel(ReportQuery.parse(period, by, FunnelCounter.DIMENSIONS,
                uri.getQueryParameters().getFirst("from"), uri.getQueryParameters().getFirst("to")));
    }

    @GET
    @Path("/training")
    @RunOnVirtualThread
    @Operation(summary = "Trainings: sessions, places, attended", description = """
            How many training sessions were held (or are scheduled) in a fixed calendar period (`period=2026`,
            `2026-Q4` or `2026-11`; at most a year), their places, and how many volunteers attended and so were
            trained. `by=kern` (the session's kern) and `by=training` (trained per training of the catalogue) group
            a whole year; `by=month` splits the period into its months. The same privacy floor as the funnel: counts
            of 1 to 4 are "<5", and every cell that would reveal one through a total or a longer period is
            "suppressed". For coordinators and admins of the coalition.""")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingReportView.class), examples = @ExampleObject(name = "a year by training", value = TRAINING_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "period missing, longer than a year or not a year, quarter or month, from or to sent, by not kern, training or month, or kern or training for less than a year (every bad field listed)")
    public TrainingReportView training(
            @Parameter(description = PERIOD, required = true, examples = {
                    @ExampleObject(name = "a year", value = "2026"),
                    @ExampleObject(name = "a quarter", value = "2026-Q4"),
                    @ExampleObject(name = "a month", value = "2026-11")}) @QueryParam("period") String period,
            @Parameter(description = TRAINING_BY, required = true, example = "training", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "kern", "training", "month"})) @QueryParam("by") String by,
            @Context UriInfo uri) {
        return reports.training(ReportQuery.parse(period, by, TrainingCounter.DIMENSIONS,
                uri.getQueryParameters().getFirst("from"), uri.getQueryParameters().getFirst("to")));
    }
}
