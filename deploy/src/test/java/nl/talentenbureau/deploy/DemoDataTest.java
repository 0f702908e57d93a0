package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final List<DemoData.Talent> CATALOGUE = List.of(new DemoData.Talent("driving", "practical"),
            new DemoData.Talent("digital-help", "digital"), new DemoData.Talent("buddy-visits", "meaning"),
            new DemoData.Talent("groceries", "practical"), new DemoData.Talent("walking-exercise", "health"));

    @Test
    void theSameSeedPlansTheSameVolunteers() {
        assertThat(DemoData.plan(DemoData.SEED, 50, CATALOGUE)).isEqualTo(DemoData.plan(DemoData.SEED, 50,
                CATALOGUE.reversed()));
    }

    @Test
    void everyVolunteerLivesInAKernOfStichtseVechtWithTalentsFromTheCatalogue() {
        for (DemoData.Planned planned : DemoData.plan(DemoData.SEED, DemoData.COUNT, CATALOGUE)) {
            Map<String, Object> body = planned.body();
            assertThat(DemoData.KERNEN).containsKey((String) body.get("homeKern"));
            assertThat((List<?>) body.get("talents")).isNotEmpty().allSatisfy(talent -> assertThat(
                    CATALOGUE.stream().map(DemoData.Talent::code)).contains((String) ((Map<?, ?>) talent).get("code")));
            assertThat((List<?>) body.get("availability")).hasSizeBetween(2, 9);
            assertThat(body).doesNotContainKeys("id", "status", "version", "organisations");
        }
    }

    @Test
    void everyFourthVolunteerHasNoEMailAndEveryoneHasAPhone() {
        List<DemoData.Planned> plan = DemoData.plan(DemoData.SEED, DemoData.COUNT, CATALOGUE);
        assertThat(plan.stream().filter(p -> !p.body().containsKey("email"))).hasSize(DemoData.COUNT / 4);
        assertThat(plan).allSatisfy(p -> assertThat((String) p.body().get("phone")).isNotBlank());
    }

    @Test
    void mostVolunteersEndUpActive() {
        long active = DemoData.plan(DemoData.SEED, DemoData.COUNT, CATALOGUE).stream()
                .filter(p -> p.targetStatus().equals("ACTIVE")).count();
        assertThat(active).isBetween(140L, 180L);
    }

    @Test
    void stepsFollowTheLifecycle() {
        assertThat(new DemoData.Planned(Map.of(), "PAUSED", DemoAccounts.ADMIN).steps())
                .containsExactly("INTAKE", "ACTIVE", "PAUSED");
        assertThat(new DemoData.Planned(Map.of(), "APPLIED", DemoAccounts.ADMIN).steps()).isEmpty();
    }
}
