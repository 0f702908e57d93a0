package nl.talentenbureau.matching.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import nl.talentenbureau.matching.report.Facts.HoursFact;
import nl.talentenbureau.matching.report.Facts.MatchFact;
import nl.talentenbureau.matching.report.Facts.Place;
import nl.talentenbureau.matching.report.Facts.RequestFact;
import nl.talentenbureau.platform.report.ReportPeriod;

/**
 * Groups the facts of a period and computes each group's exact figures and the total (plain Java, no database).
 * Every event is counted in the group of its request (kern, theme, organisation), by its own date (creation,
 * acceptance, completion, day worked). Days are taken in {@code zone}. A month split is not a grouping here: each
 * month is a period of its own ({@link Suppression} puts a year's periods together).
 */
public final class ImpactCalculator {

    /** The group of an event whose request has no kern, theme or organisation in its snapshot. */
    public static final String UNKNOWN = "unknown";
    public static final int SENIOR_AGE = 55;

    private final ReportPeriod period;
    private final Grouping by;
    private final ZoneId zone;
    private final Instant start;
    private final Instant end;
    private final Map<String, Acc> groups = new TreeMap<>();
    private final Acc total = new Acc();

    private ImpactCalculator(ReportPeriod period, Grouping by, ZoneId zone) {
        if (by == Grouping.MONTH) {
            throw new IllegalArgumentException("a month is a period, not a group");
        }
        this.period = period;
        this.by = by;
        this.zone = zone;
        this.start = period.start(zone);
        this.end = period.end(zone);
    }

    /**
     * The exact figures: one row per group (sorted by group) and the total; {@code by} null gives the total only. The
     * facts may reach beyond the period (a year's facts for one of its months): only what falls in it is counted.
     */
    public static RawReport compute(ReportPeriod period, Grouping by, ZoneId zone, Facts facts) {
        ImpactCalculator calculator = new ImpactCalculator(period, by, zone);
        facts.requests().forEach(calculator::request);
        facts.matches().forEach(calculator::match);
        facts.hours().forEach(calculator::hours);
        return calculator.report();
    }

    /** The exact figures per group and in total. */
    public record RawReport(ReportPeriod period, Map<String, Figures> groups, Figures total) {
    }

    private void request(RequestFact r) {
        if (in(r.createdAt())) {
            boolean unmatched = r.firstAcceptedAt() == null || !r.firstAcceptedAt().isBefore(end);
            for (Acc acc : accs(r.place())) {
                acc.requests++;
                if (unmatched) {
                    acc.unmatched++;
                }
            }
        }
        if (r.createdAt() != null && in(r.firstAcceptedAt())) {
            long days = ChronoUnit.DAYS.between(day(r.createdAt()), day(r.firstAcceptedAt()));
            for (Acc acc : accs(r.place())) {
                acc.daysToMatch.add(days);
            }
        }
    }

    private void match(MatchFact m) {
        if (in(m.acceptedAt())) {
            accs(m.place()).forEach(acc -> acc.made++);
        }
        if (m.completed() && in(m.closedAt())) {
            accs(m.place()).forEach(acc -> acc.completed++);
        }
        if (m.activatedAt() != null && m.activatedAt().isBefore(end)
                && (m.closedAt() == null || !m.closedAt().isBefore(start))) {
            total.active.put(m.volunteerId(), m.volunteerBirthYear());
            if (by != null) {
                group(key(m.place())).active.put(m.volunteerId(), m.volunteerBirthYear());
            }
        }
    }

    private void hours(HoursFact h) {
        if (h.workedOn().isBefore(period.from()) || h.workedOn().isAfter(period.to())) {
            return;
        }
        for (Acc acc : accs(h.place())) {
            acc.hours = acc.hours.add(h.hours());
            acc.hoursMatches.add(h.matchId());
        }
    }

    private List<Acc> accs(Place place) {
        return by == null ? List.of(total) : List.of(group(key(place)), total);
    }

    private Acc group(String key) {
        return groups.computeIfAbsent(key, k -> new Acc());
    }

    private String key(Place place) {
        String key = switch (by) {
            case KERN -> place.kern();
            case THEME -> place.theme();
            case ORGANISATION -> place.organisation();
            case MONTH -> throw new IllegalStateException();
        };
        return key == null || key.isBlank() ? UNKNOWN : key;
    }

    private boolean in(Instant at) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }

    private LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private RawReport report() {
        Map<String, Figures> rows = new TreeMap<>();
        groups.forEach((key, acc) -> rows.put(key, acc.figures(period.to().getYear())));
        return new RawReport(period, rows, total.figures(period.to().getYear()));
    }

    /** Counters of one group while the facts are read. */
    private static final class Acc {

        long requests;
        long made;
        long completed;
        long unmatched;
        BigDecimal hours = BigDecimal.ZERO;
        final Set<UUID> hoursMatches = new HashSet<>();
        final List<Long> daysToMatch = new ArrayList<>();
        /** volunteer id -> birth year (null: unknown) */
        final Map<UUID, Integer> active = new HashMap<>();

        Figures figures(int yearOfTo) {
            long known = active.values().stream().filter(y -> y != null).count();
            // only the birth year is known: the age at `to` is the year of `to` minus the birth year
            long seniors = active.values().stream().filter(y -> y != null && yearOfTo - y >= SENIOR_AGE).count();
            return new Figures(requests, made, completed, hours, hoursMatches.size(), List.copyOf(daysToMatch),
                    active.size(), known, seniors, unmatched);
        }
    }
}
