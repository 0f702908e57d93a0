package nl.talentenbureau.matching.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/reports/impact}: published figures only, small cells suppressed. */
@Schema(name = "ImpactReport", description = "Impact figures per group and in total for a fixed calendar period, small cells and every cell that would reveal one suppressed (see the README, \"Reports\")")
public record ImpactReportView(
        @Schema(description = "The period asked for: a year, a quarter or a month", examples = "2026-Q2") String period,
        @Schema(description = "First day of the period (included)", examples = "2026-04-01") LocalDate from,
        @Schema(description = "Last day of the period (included)", examples = "2026-06-30") LocalDate to,
        @Schema(description = "What the groups are", examples = "kern") String by,
        @Schema(description = "The zone the period's days and months are taken in", examples = "Europe/Amsterdam") String zone,
        @Schema(description = "The suppression rule in words", examples = "counts 1 to 4 are shown as \"<5\"; 0 stays 0") String suppression,
        @Schema(description = "One row per group, sorted by group") List<ImpactRow> groups,
        @Schema(description = "The whole period, every group together") ImpactRow total) {

    /** A suppressed count below 5 (1 to 4). */
    public static final String UNDER_FIVE = "<5";
    /** A count hidden so that a small cell cannot be worked out from the other cells. */
    public static final String HIDDEN = "suppressed";

    @Schema(name = "ImpactRow", description = "The figures of one group (or the total). A count is a number, \"<5\" (1 to 4) or \"suppressed\" (hidden so that no small cell can be worked out); a median, share or hours is null when suppressed, with the reason in `suppressed`")
    public record ImpactRow(
            @Schema(description = "The kern, theme, organisation or month (yyyy-MM); `total` for the total row (the period's own figures)", examples = "breukelen") String group,
            @Schema(description = "Requests created in the period", oneOf = {
                    Long.class, String.class}, examples = "12") Object requests,
            @Schema(description = "Matches accepted in the period", oneOf = {Long.class,
                    String.class}, examples = "9") Object matchesMade,
            @Schema(description = "Matches closed COMPLETED in the period", oneOf = {Long.class,
                    String.class}, examples = "<5") Object matchesCompleted,
            @Schema(description = "Hours worked in the period (match_hours by day worked); null when suppressed", nullable = true, examples = "86.5") BigDecimal hours,
            @Schema(description = "Median calendar days from a request's creation to its first acceptance, over requests first matched in the period; null when suppressed or none", nullable = true, examples = "6.5") Double medianDaysToMatch,
            @Schema(description = "Distinct volunteers with a match ACTIVE at some moment of the period", oneOf = {
                    Long.class, String.class}, examples = "7") Object activeVolunteers,
            @Schema(description = "Share (0..1, three decimals) of the active volunteers aged 55 or older at `to`, among those with a known birth year; null when suppressed or none", nullable = true, examples = "0.571") Double shareAged55Plus,
            @Schema(description = "Requests created in the period and not matched (accepted) by the end of `to`", oneOf = {
                    Long.class, String.class}, examples = "3") Object unmatchedRequests,
            @Schema(description = "Per suppressed or empty column: why", examples = "{\"medianDaysToMatch\": \"suppressed: fewer than 5\"}") Map<String, String> suppressed){

        /** The same figures under another name: a month's total row is its row in a quarter's or year's report. */
        public ImpactRow withGroup(String name) {
            return new ImpactRow(name, requests, matchesMade, matchesCompleted, hours, medianDaysToMatch,
                    activeVolunteers, shareAged55Plus, unmatchedRequests, suppressed);
        }
    }
}
