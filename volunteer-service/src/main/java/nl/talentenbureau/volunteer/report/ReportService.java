package nl.talentenbureau.volunteer.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.platform.report.ReportPeriod;
import nl.talentenbureau.platform.report.YearTable;
import nl.talentenbureau.platform.report.YearTable.Cell;
import nl.talentenbureau.volunteer.VolunteerConfig;
import nl.talentenbureau.volunteer.report.FunnelReportView.FunnelRow;
import nl.talentenbureau.volunteer.report.TrainingReportView.TrainingRow;

/**
 * The funnel and training reports: fetches the facts of the whole year a period lies in, counts every period and group
 * of that year ({@link Tally}), has {@link YearTable} decide what may be published of the year at once, and answers the
 * slice asked for. Deciding per year, not per query, is what keeps a quarter's cells the same in every report of that
 * year, so combining reports gives a reader nothing one publication does not (matching-service's impact report does
 * the same). Reads only.
 */
@ApplicationScoped
public class ReportService {

    static final String MEDIAN = "medianDaysToActive";

    private final ReportRepository rows;
    private final VolunteerConfig config;

    public ReportService(ReportRepository rows, VolunteerConfig config) {
        this.rows = rows;
        this.config = config;
    }

    public FunnelReportView funnel(ReportQuery query) {
        ZoneId zone = config.reports().zone();
        ReportPeriod year = query.period().yearPeriod();
        Tally tally = FunnelCounter.count(year.year(), zone, rows.steps(year.start(zone), year.end(zone)),
                FunnelCounter.DIMENSIONS);
        Slice slice = slice(query, tally, true);
        return new FunnelReportView(query.period().key(), query.period().from(), query.period().to(), query.by(),
                zone.getId(), YearTable.RULE, slice.rows().stream().map(ReportService::funnelRow).toList(),
                funnelRow(slice.total()));
    }

    public TrainingReportView training(ReportQuery query) {
        ReportPeriod year = query.period().yearPeriod();
        Tally tally = TrainingCounter.count(year.year(), rows.sessions(year.from(), year.to()));
        Slice slice = slice(query, tally, false);
        return new TrainingReportView(query.period().key(), query.period().from(), query.period().to(), query.by(),
                YearTable.RULE, slice.rows().stream().map(ReportService::trainingRow).toList(),
                trainingRow(slice.total()));
    }

    /** One published row: its cells in column order, the median (null: none or suppressed), and every reason. */
    record Row(String group, List<Object> values, Double median, Map<String, String> reasons) {
    }

    record Slice(List<Row> rows, Row total) {
    }

    /** The rows a query asks for out of the year's one publication. */
    static Slice slice(ReportQuery query, Tally tally, boolean withMedian) {
        YearTable.Counts counts = tally.counts();
        YearTable.Published published = YearTable.publish(counts, Set.of());
        ReportPeriod period = query.period();
        List<Row> rows = new ArrayList<>();
        if (query.byMonth()) {
            for (ReportPeriod month : period.months()) {
                rows.add(row(month.key(), counts.columns(), published.period(month),
                        withMedian ? tally.values(month) : null));
            }
        } else {
            published.groups(query.by()).forEach((group, cells) -> rows.add(row(group, counts.columns(), cells,
                    withMedian ? tally.values(query.by(), group) : null)));
        }
        Row total = row(YearTable.TOTAL, counts.columns(), published.period(period),
                withMedian ? tally.values(period) : null);
        return new Slice(rows, total);
    }

    private static Row row(String group, List<String> columns, List<Cell> cells, List<Long> medianOf) {
        Map<String, String> reasons = new LinkedHashMap<>();
        List<Object> values = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = cells.get(c);
            values.add(cell.value());
            if (!cell.shown()) {
                reasons.put(columns.get(c), cell.reason());
            }
        }
        Double median = null;
        if (medianOf != null) {
            median = YearTable.median(medianOf);
            String reason = YearTable.medianReason(medianOf);
            if (reason != null) {
                reasons.put(MEDIAN, reason);
            }
        }
        return new Row(group, Collections.unmodifiableList(values), median, Collections.unmodifiableMap(reasons));
    }

    private static FunnelRow funnelRow(Row row) {
        List<Object> v = row.values();
        return new FunnelRow(row.group(), v.get(0), v.get(1), v.get(2), v.get(3), row.median(), row.reasons());
    }

    private static TrainingRow trainingRow(Row row) {
        List<Object> v = row.values();
        return new TrainingRow(row.group(), v.get(0), v.get(1), v.get(2), row.reasons());
    }
}
