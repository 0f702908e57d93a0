package nl.talentenbureau.volunteer.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The funnel of a year from the volunteers' status steps: how many applied, came to an intake, became active, and
 * were declined, and the days from applying to active. Plain Java.
 * <p>
 * Each volunteer counts at most once per column, on the day of the step and in the kern they lived in then:
 * <ul>
 * <li>{@code applied}: their first step (a profile starts APPLIED);</li>
 * <li>{@code intake}: their first INTAKE;</li>
 * <li>{@code active}: their first ACTIVE (coming back from PAUSED is no new volunteer);</li>
 * <li>{@code declined}: a STOPPED (or DECLINED, once the intake records one) before they were ever ACTIVE: turned
 * down at or after the intake, or withdrew;</li>
 * <li>days to active: calendar days in {@code zone} from the first step to the first ACTIVE, counted on the day they
 * became active.</li>
 * </ul>
 * So every column is a sum over months, over kernen and over sources: each event lies in one month, one kern and one
 * source (the volunteer's, which never changes).
 */
final class FunnelCounter {

    static final String APPLIED = "applied";
    static final String INTAKE = "intake";
    static final String ACTIVE = "active";
    static final String DECLINED = "declined";
    static final List<String> COLUMNS = List.of(APPLIED, INTAKE, ACTIVE, DECLINED);

    static final String KERN = "kern";
    /**
     * How the volunteer came: the source of the application the profile was made from (VACANCY, EVENT, REFERRAL,
     * WEBSITE, OTHER, as the application recorded it), or {@link #DIRECT}.
     */
    static final String SOURCE = "source";
    /**
     * The source of a profile made without an application: registered by a coordinator, or by the volunteer with her
     * own account. Not OTHER, which is what an applicant answered.
     */
    static final String DIRECT = "DIRECT";
    /**
     * What the funnel groups a year by. Each is published as its own sum of the year (no kern by source), so each
     * dimension's groups are a partition of the same total and share no cell with another dimension's.
     */
    static final List<String> DIMENSIONS = List.of(KERN, SOURCE);

    private FunnelCounter() {
    }

    /**
     * @param steps every step of the volunteers with a step in the year (also their earlier ones, so a first step is
     *        known to be the first), in order of time per volunteer
     */
    static Tally count(int year, ZoneId zone, List<StatusStep> steps, List<String> dimensions) {
        Tally tally = new Tally(year, COLUMNS, dimensions);
        Map<UUID, List<StatusStep>> byVolunteer = new LinkedHashMap<>();
        for (StatusStep step : steps) {
            byVolunteer.computeIfAbsent(step.volunteerId(), id -> new ArrayList<>()).add(step);
        }
        for (List<StatusStep> path : byVolunteer.values()) {
            StatusStep first = path.get(0);
            StatusStep intake = null;
            StatusStep active = null;
            StatusStep declined = null;
            for (StatusStep step : path) {
                switch (step.status()) {
                    case "INTAKE" -> intake = intake == null ? step : intake;
                    case "ACTIVE" -> active = active == null ? step : active;
                    case "STOPPED", "DECLINED" -> declined = declined == null && active == null ? step : declined;
                    default -> {
                    }
                }
            }
            add(tally, zone, first, APPLIED);
            add(tally, zone, intake, INTAKE);
            add(tally, zone, active, ACTIVE);
            add(tally, zone, declined, DECLINED);
            if (active != null) {
                long days = ChronoUnit.DAYS.between(day(first, zone), day(active, zone));
                tally.value(day(active, zone), groups(active), days);
            }
        }
        return tally;
    }

    private static void add(Tally tally, ZoneId zone, StatusStep step, String column) {
        if (step != null) {
            tally.add(day(step, zone), groups(step), column, 1);
        }
    }

    private static Map<String, String> groups(StatusStep step) {
        Map<String, String> groups = new HashMap<>();
        groups.put(KERN, step.kern());
        groups.put(SOURCE, step.source() == null ? DIRECT : step.source());
        return groups;
    }

    private static LocalDate day(StatusStep step, ZoneId zone) {
        return step.at().atZone(zone).toLocalDate();
    }
}
