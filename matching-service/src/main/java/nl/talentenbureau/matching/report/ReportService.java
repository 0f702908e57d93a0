package nl.talentenbureau.matching.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.matching.report.Suppression.YearFigures;
import nl.talentenbureau.platform.report.ReportPeriod;

/**
 * Impact reports: fetches the facts of the whole year a period lies in, computes every period and group of that year
 * (plain {@link ImpactCalculator}), suppresses them together ({@link Suppression}) and answers the slice asked for.
 * Deciding per year, not per query, is what makes a quarter's cells the same as that quarter's cells in the year's
 * report, so combining reports gives a reader nothing one publication does not.
 */
@ApplicationScoped
public class ReportService {

    static final List<Grouping> DIMENSIONS = List.of(Grouping.KERN, Grouping.THEME, Grouping.ORGANISATION);

    private final ReportRepository rows;
    private final MatchingConfig config;

    public ReportService(ReportRepository rows, MatchingConfig config) {
        this.rows = rows;
        this.config = config;
    }

    /** Reads only (no write transaction); the three queries are fetched one after the other. */
    public ImpactReportView impact(ReportQuery query) {
        ZoneId zone = config.zone();
        ReportPeriod year = query.period().yearPeriod();
        Instant start = year.start(zone);
        Instant end = year.end(zone);
        Facts facts = new Facts(rows.requests(start, end), rows.matches(start, end),
                rows.hours(year.from(), year.to()));
        return publish(year.year(), zone, facts).view(query, zone);
    }

    /** The publication of a year from its facts: what every report of that year is a slice of. */
    public static Suppression.Publication publish(int year, ZoneId zone, Facts facts) {
        return Suppression.publish(figures(year, zone, facts));
    }

    /** The exact figures of a year: each of its periods in total, and the year per kern, theme and organisation. */
    public static YearFigures figures(int year, ZoneId zone, Facts facts) {
        Map<ReportPeriod, Figures> periods = new LinkedHashMap<>();
        for (ReportPeriod p : ReportPeriod.tree(year)) {
            periods.put(p, ImpactCalculator.compute(p, null, zone, facts).total());
        }
        Map<Grouping, Map<String, Figures>> groups = new EnumMap<>(Grouping.class);
        for (Grouping by : DIMENSIONS) {
            groups.put(by, ImpactCalculator.compute(ReportPeriod.year(year), by, zone, facts).groups());
        }
        return new YearFigures(year, periods, groups);
    }
}
