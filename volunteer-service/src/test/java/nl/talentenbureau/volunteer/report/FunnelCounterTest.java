package nl.talentenbureau.volunteer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.report.ReportPeriod;

class FunnelCounterTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    final List<StatusStep> steps = new ArrayList<>();

    UUID volunteer(String kern, String... statusAt) {
        UUID id = UUID.randomUUID();
        for (int i = 0; i < statusAt.length; i += 2) {
            steps.add(new StatusStep(id, statusAt[i], kern, Instant.parse(statusAt[i + 1]), null));
        }
        return id;
    }

    long at(Tally tally, ReportPeriod period, String column) {
        return tally.counts().periods().get(period)[FunnelCounter.COLUMNS.indexOf(column)];
    }

    long inKern(Tally tally, String kern, String column) {
        return tally.counts().groups().get(FunnelCounter.KERN).get(kern)[FunnelCounter.COLUMNS.indexOf(column)];
    }

    @Test
    void eachStepCountsOnceOnItsDayInTheKernOfThatStep() {
        volunteer("breukelen", "APPLIED", "2019-01-10T10:00:00Z", "INTAKE", "2019-01-20T10:00:00Z", "ACTIVE",
                "2019-02-09T10:00:00Z", "PAUSED", "2019-03-01T10:00:00Z", "ACTIVE", "2019-04-01T10:00:00Z");
        volunteer("maarssen", "APPLIED", "2019-02-01T10:00:00Z", "INTAKE", "2019-02-03T10:00:00Z", "STOPPED",
                "2019-02-05T10:00:00Z");
        volunteer("maarssen", "APPLIED", "2019-03-01T10:00:00Z", "STOPPED", "2019-03-02T10:00:00Z");

        Tally tally = FunnelCounter.count(2019, ZONE, steps, List.of(FunnelCounter.KERN));

        ReportPeriod year = ReportPeriod.year(2019);
        assertThat(at(tally, year, "applied")).isEqualTo(3);
        assertThat(at(tally, year, "intake")).isEqualTo(2);
        // back from PAUSED is no new volunteer
        assertThat(at(tally, year, "active")).isEqualTo(1);
        assertThat(at(tally, year, "declined")).isEqualTo(2);
        assertThat(at(tally, ReportPeriod.month(2019, 2), "active")).isEqualTo(1);
        assertThat(at(tally, ReportPeriod.month(2019, 4), "active")).isZero();
        assertThat(inKern(tally, "maarssen", "declined")).isEqualTo(2);
        assertThat(inKern(tally, "breukelen", "declined")).isZero();
        assertThat(tally.values(year)).containsExactly(30L);
        assertThat(tally.values(FunnelCounter.KERN, "breukelen")).containsExactly(30L);
    }

    @Test
    void aStopAfterBeingActiveIsNoDeclineAndAKernMoveCountsWhereTheStepHappened() {
        UUID id = UUID.randomUUID();
        steps.add(new StatusStep(id, "APPLIED", "loenen-aan-de-vecht", Instant.parse("2019-05-01T10:00:00Z"), null));
        steps.add(new StatusStep(id, "INTAKE", "loenen-aan-de-vecht", Instant.parse("2019-05-03T10:00:00Z"), null));
        steps.add(new StatusStep(id, "ACTIVE", "breukelen", Instant.parse("2019-05-06T10:00:00Z"), null));
        steps.add(new StatusStep(id, "STOPPED", "breukelen", Instant.parse("2019-08-01T10:00:00Z"), null));

        Tally tally = FunnelCounter.count(2019, ZONE, steps, List.of(FunnelCounter.KERN));

        assertThat(at(tally, ReportPeriod.year(2019), "declined")).isZero();
        assertThat(inKern(tally, "loenen-aan-de-vecht", "applied")).isEqualTo(1);
        assertThat(inKern(tally, "breukelen", "active")).isEqualTo(1);
        assertThat(inKern(tally, "breukelen", "applied")).isZero();
    }

    @Test
    void daysAreTakenInTheZoneAndStepsOfOtherYearsAreNotCounted() {
        // 23:30 UTC on 31 December is 1 January in Amsterdam
        volunteer("breukelen", "APPLIED", "2018-12-31T23:30:00Z", "ACTIVE", "2019-01-11T09:00:00Z");
        volunteer("breukelen", "APPLIED", "2018-06-01T10:00:00Z", "ACTIVE", "2019-12-31T23:30:00Z");

        Tally tally = FunnelCounter.count(2019, ZONE, steps, List.of(FunnelCounter.KERN));

        assertThat(at(tally, ReportPeriod.month(2019, 1), "applied")).isEqualTo(1);
        assertThat(at(tally, ReportPeriod.year(2019), "active")).isEqualTo(1);
        assertThat(tally.values(ReportPeriod.year(2019))).containsExactly(10L);
    }

    @Test
    void aVolunteerCountsUnderTheSourceOfHerApplicationAndWithoutOneUnderDirect() {
        UUID id = UUID.randomUUID();
        steps.add(new StatusStep(id, "APPLIED", "breukelen", Instant.parse("2019-05-01T10:00:00Z"), "EVENT"));
        // she moved before becoming active: the kern changes, the source does not
        steps.add(new StatusStep(id, "ACTIVE", "maarssen-dorp", Instant.parse("2019-05-11T10:00:00Z"), "EVENT"));
        steps.add(new StatusStep(UUID.randomUUID(), "APPLIED", "breukelen", Instant.parse("2019-05-02T10:00:00Z"),
                null));

        Tally tally = FunnelCounter.count(2019, ZONE, steps, FunnelCounter.DIMENSIONS);

        Map<String, long[]> sources = tally.counts().groups().get(FunnelCounter.SOURCE);
        assertThat(sources.keySet()).containsExactly("DIRECT", "EVENT");
        assertThat(sources.get("EVENT")).containsExactly(1, 0, 1, 0);
        assertThat(sources.get("DIRECT")).containsExactly(1, 0, 0, 0);
        assertThat(tally.values(FunnelCounter.SOURCE, "EVENT")).containsExactly(10L);
        assertThat(tally.values(FunnelCounter.SOURCE, "DIRECT")).isEmpty();
    }

    /** Each dimension is a partition of the year: its groups add up to the year's figure in every column. */
    @Test
    void everyDimensionsGroupsAddUpToTheYear() {
        Random random = new Random(15);
        List<String> kernen = List.of("breukelen", "maarssen-dorp", "loenen-aan-de-vecht");
        List<String> sources = new ArrayList<>(List.of("VACANCY", "EVENT", "REFERRAL", "WEBSITE", "OTHER"));
        sources.add(null);
        for (int v = 0; v < 200; v++) {
            UUID id = UUID.randomUUID();
            String source = sources.get(random.nextInt(sources.size()));
            Instant at = Instant.parse("2018-11-01T10:00:00Z").plus(Duration.ofDays(random.nextInt(420)));
            for (String status : List.of("APPLIED", "INTAKE", "ACTIVE", "STOPPED")) {
                steps.add(new StatusStep(id, status, kernen.get(random.nextInt(kernen.size())), at, source));
                at = at.plus(Duration.ofDays(1 + random.nextInt(40)));
                if (random.nextInt(3) == 0) {
                    break;
                }
            }
        }

        Tally tally = FunnelCounter.count(2019, ZONE, steps, FunnelCounter.DIMENSIONS);

        long[] year = tally.counts().periods().get(ReportPeriod.year(2019));
        assertThat(year[0]).isPositive();
        for (String dimension : FunnelCounter.DIMENSIONS) {
            long[] sum = new long[FunnelCounter.COLUMNS.size()];
            tally.counts().groups().get(dimension).values().forEach(g -> {
                for (int c = 0; c < sum.length; c++) {
                    sum[c] += g[c];
                }
            });
            assertThat(sum).as(dimension).containsExactly(year);
        }
        assertThat(tally.counts().groups().get(FunnelCounter.SOURCE)).doesNotContainKey(Tally.UNKNOWN);
    }
}
