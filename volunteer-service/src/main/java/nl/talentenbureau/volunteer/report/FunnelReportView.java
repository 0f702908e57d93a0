package nl.talentenbureau.volunteer.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/volunteers/reports/funnel}: published figures only, small cells suppressed. */
@Schema(name = "FunnelReport", description = "How many volunteers applied, came to an intake, became active or were declined, per kern, source or month of a fixed calendar period; small cells and every cell that would reveal one suppressed (see the README, \"Reports\")")
public record FunnelReportView(
        @Schema(description = "The period asked for: a year, a quarter or a month (at most a year)", examples = "2026") String period,
        @Schema(description = "First day of the period (included)", examples = "2026-01-01") LocalDate from,
        @Schema(description = "Last day of the period (included)", examples = "2026-12-31") LocalDate to,
        @Schema(description = "What the groups are: kern, source or month", examples = "kern") String by,
        @Schema(description = "The zone the period's days are taken in", examples = "Europe/Amsterdam") String zone,
        @Schema(description = "The suppression rule in words", examples = "counts 1 to 4 are shown as \"<5\" and 0 stays 0; ...") String suppression,
        @Schema(description = "One row per group, sorted by group") List<FunnelRow> groups,
        @Schema(description = "The whole period, every group together") FunnelRow total) {

    @Schema(name = "FunnelRow", description = "The figures of one group (or the total). A count is a number, \"<5\" (1 to 4) or \"suppressed\" (hidden so that no small cell can be worked out); the median is null when suppressed, with the reason in `suppressed`")
    public record FunnelRow(
            @Schema(description = "The kern, the source (VACANCY, EVENT, REFERRAL, WEBSITE, OTHER, or DIRECT: registered without an application) or the month (yyyy-MM); `total` for the total row", examples = "breukelen") String group,
            @Schema(description = "Volunteers who applied in the period (their profile was made)", oneOf = {
                    Long.class, String.class}, examples = "12") Object applied,
            @Schema(description = "Volunteers who came to their intake (status INTAKE) in the period", oneOf = {
                    Long.class, String.class}, examples = "9") Object intake,
            @Schema(description = "Volunteers who became ACTIVE for the first time in the period", oneOf = {
                    Long.class, String.class}, examples = "<5") Object active,
            @Schema(description = "Volunteers stopped in the period before they were ever active (declined at the intake, or withdrew)", oneOf = {
                    Long.class, String.class}, examples = "suppressed") Object declined,
            @Schema(description = "Median calendar days from applying to becoming active, over those who became active in the period; null when suppressed (fewer than 5) or none", nullable = true, examples = "18.5") Double medianDaysToActive,
            @Schema(description = "Per suppressed or empty column: why", examples = "{\"active\": \"suppressed: fewer than 5\"}") Map<String, String> suppressed){
    }
}
