package nl.talentenbureau.matching.report;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.matching.report.ImpactCalculator.RawReport;

/** Impact reports: fetches the period's facts and hands them to the plain calculator and suppression. */
@ApplicationScoped
public class ReportService {

    private final ReportRepository rows;
    private final MatchingConfig config;

    public ReportService(ReportRepository rows, MatchingConfig config) {
        this.rows = rows;
        this.config = config;
    }

    /** Reads only (no write transaction); the three queries are fetched one after the other. */
    public ImpactReportView impact(ReportPeriod period) {
        ZoneId zone = config.zone();
        Instant start = period.start(zone);
        Instant end = period.end(zone);
        Facts facts = new Facts(rows.requests(start, end), rows.matches(start, end),
                rows.hours(period.from(), period.to()));
        RawReport raw = ImpactCalculator.compute(period, zone, facts);
        return Suppression.publish(raw, zone);
    }
}
