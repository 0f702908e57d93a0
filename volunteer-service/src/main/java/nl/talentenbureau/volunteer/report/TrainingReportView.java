package nl.talentenbureau.volunteer.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/volunteers/reports/training}: published figures only, small cells suppressed. */
@Schema(name = "TrainingReport", description = "Training sessions, their places and the volunteers who attended (and so were trained), per kern, training or month of a fixed calendar period; small cells and every cell that would reveal one suppressed (see the README, \"Reports\")")
public record TrainingReportView(
        @Schema(description = "The period asked for: a year, a quarter or a month (at most a year)", examples = "2026") String period,
        @Schema(description = "First day of the period (included)", examples = "2026-01-01") LocalDate from,
        @Schema(description = "Last day of the period (included)", examples = "2026-12-31") LocalDate to,
        @Schema(description = "What the groups are: kern, training or month", examples = "training") String by,
        @Schema(description = "The suppression rule in words", examples = "counts 1 to 4 are shown as \"<5\" and 0 stays 0; ...") String suppression,
        @Schema(description = "One row per group, sorted by group") List<TrainingRow> groups,
        @Schema(description = "The whole period, every group together") TrainingRow total) {

    @Schema(name = "TrainingRow", description = "The figures of one group (or the total). A count is a number, \"<5\" (1 to 4) or \"suppressed\" (hidden so that no small cell can be worked out), with the reason in `suppressed`")
    public record TrainingRow(
            @Schema(description = "The kern, training or month (yyyy-MM); `total` for the total row", examples = "dementia-basics") String group,
            @Schema(description = "Sessions held on a day of the period, or scheduled then (cancelled ones are not counted)", oneOf = {
                    Long.class, String.class}, examples = "6") Object sessions,
            @Schema(description = "The places of those sessions", oneOf = {Long.class,
                    String.class}, examples = "72") Object places,
            @Schema(description = "Volunteers who attended them: each got the completed training (trained)", oneOf = {
                    Long.class, String.class}, examples = "<5") Object attended,
            @Schema(description = "Per suppressed column: why", examples = "{\"attended\": \"suppressed: fewer than 5\"}") Map<String, String> suppressed){
    }
}
