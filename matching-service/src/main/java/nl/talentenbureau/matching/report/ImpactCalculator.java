package nl.talentenbureau.matching.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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

/**
 * Groups the facts of a period and computes each group's exact figures and the total (plain Java, no database).
 * Every event is counted in the group of its request (kern, theme, organisation) or of the month of its own date
 * (creation, acceptance, completion, day worked). Days are taken in {@code zone}.
 */
public final class ImpactCalculator {

    /** The group of an event whose request has no kern, theme or organisation in its snapshot. */
    public static final String UNKNOWN = "unknown";
    public static final int SENIOR_AGE = 55;

    private final ReportPeriod period;
    private final ZoneId zone;
    private final Instant start;
    private final Instant end;
    private final Map<String, Acc> groups = new TreeMap<>();
    private final Acc total = new Acc();

    private ImpactCalculator(ReportPeriod period, ZoneId zone) {
        this.period = period;
        this.zone = zone;
        this.start = period.start(zone);
        this.end = period.end(zone);
        if (period.by() == Grouping.MONTH) {
            for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m
                    .plusMonths(1)) {
                groups.put(m.toString(), new Acc());
            }
        }
    }

    /** The exact figures: one row per group (sorted by group; every month of the period for MONTH) and the total. */
    public static RawReport compute(ReportPeriod period, ZoneId zone, Facts facts) {
        ImpactCalculator calculator = new ImpactCalculator(period, zone);
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
            for (Acc acc : accs(r.place(), month(r.createdAt()))) {
                acc.requests++;
                if (unmatched) {
                    acc.unmatched++;
                }
            }
        }
        if (r.createdAt() != null && in(r.firstAcceptedAt())) {
            long days = ChronoUnit.DAYS.between(day(r.createdAt()), day(r.firstAcceptedAt()));
            for (Acc acc : accs(r.place(), month(r.firstAcceptedAt()))) {
                acc.daysToMatch.add(days);
            }
        }
    }

    private void match(MatchFact m) {
        if (in(m.acceptedAt())) {
            accs(m.place(), month(m.acceptedAt())).forEach(acc -> acc.made++);
        }
        if (m.completed() && in(m.closedAt())) {
            accs(m.place(), month(m.closedAt())).forEach(acc -> acc.completed++);
        }
        if (m.activatedAt() != null && m.activatedAt().isBefore(end)
                && (m.closedAt() == null || !m.closedAt().isBefore(start))) {
            total.active.put(m.volunteerId(), m.volunteerBirthYear());
            for (String key : activeKeys(m)) {
                group(key).active.put(m.volunteerId(), m.volunteerBirthYear());
            }
        }
    }

    private void hours(HoursFact h) {
        if (h.workedOn().isBefore(period.from()) || h.workedOn().isAfter(period.to())) {
            return;
        }
        for (Acc acc : accs(h.place(), YearMonth.from(h.workedOn()).toString())) {
            acc.hours = acc.hours.add(h.hours());
            acc.hoursMatches.add(h.matchId());
        }
    }

    /** The groups a match active from activation to close counts in: every month of the period it overlaps. */
    private List<String> activeKeys(MatchFact m) {
        if (period.by() != Grouping.MONTH) {
            return List.of(key(m.place(), null));
        }
        LocalDate first = m.activatedAt().isBefore(start) ? period.from() : day(m.activatedAt());
        LocalDate last = m.closedAt() == null || !m.closedAt().isBefore(end) ? period.to() : day(m.closedAt());
        List<String> keys = new ArrayList<>();
        for (YearMonth ym = YearMonth.from(first); !ym.isAfter(YearMonth.from(last)); ym = ym.plusMonths(1)) {
            keys.add(ym.toString());
        }
        return keys;
    }

    private List<Acc> accs(Place place, String month) {
        return List.of(group(key(place, month)), total);
    }

    private Acc group(String key) {
        return groups.computeIfAbsent(key, k -> new Acc());
    }

    private String key(Place place, String month) {
        String key = switch (period.by()) {
            case KERN -> place.kern();
            case THEME -> place.theme();
            case ORGANISATION -> place.organisation();
            case MONTH -> month;
        };
        return key == null || key.isBlank() ? UNKNOWN : key;
    }

    private boolean in(Instant at) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }

    private LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private String month(Instant at) {
        return at == null ? null : YearMonth.from(at.atZone(zone)).toString();
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
