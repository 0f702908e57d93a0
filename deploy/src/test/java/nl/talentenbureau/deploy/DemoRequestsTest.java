package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoRequestsTest {

    private static final List<DemoData.Talent> CATALOGUE = List.of(new DemoData.Talent("driving", "practical"),
            new DemoData.Talent("digital-help", "digital"), new DemoData.Talent("buddy-visits", "meaning"),
            new DemoData.Talent("groceries", "practical"), new DemoData.Talent("walking-exercise", "health"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void theSameSeedPlansTheSameRequests() {
        assertThat(DemoRequests.plan(DemoRequests.SEED, DemoRequests.COUNT, CATALOGUE, TODAY))
                .isEqualTo(DemoRequests.plan(DemoRequests.SEED, DemoRequests.COUNT, CATALOGUE.reversed(), TODAY));
    }

    @Test
    void halfOfTheRequestsComeFromEachPartnerAppWithTheirOwnKey() {
        List<DemoRequests.Planned> plan = DemoRequests.plan(DemoRequests.SEED, DemoRequests.COUNT, CATALOGUE, TODAY);
        assertThat(plan).hasSize(60);
        assertThat(plan.stream().filter(p -> p.partner() == DemoAccounts.PARTNER_HANDJEHELPEN)).hasSize(30);
        assertThat(plan.stream().filter(p -> p.partner() == DemoAccounts.PARTNER_BIBLIOTHEEK)).hasSize(30);
        assertThat(plan.stream().map(DemoRequests.Planned::idempotencyKey).distinct()).hasSize(60);
    }

    @Test
    void everyRequestIsInAKernOfStichtseVechtWithATalentOfTheCatalogueInTheFuture() {
        for (DemoRequests.Planned planned : DemoRequests.plan(DemoRequests.SEED, DemoRequests.COUNT, CATALOGUE,
                TODAY)) {
            Map<String, Object> body = planned.body();
            assertThat(DemoData.KERNEN).containsKey((String) body.get("kern"));
            Map<?, ?> talent = (Map<?, ?>) ((List<?>) body.get("talents")).getFirst();
            assertThat(CATALOGUE).contains(new DemoData.Talent((String) talent.get("code"), (String) body.get(
                    "theme")));
            Map<?, ?> schedule = (Map<?, ?>) body.get("schedule");
            String day = (String) (schedule.get("date") != null ? schedule.get("date") : schedule.get("startsOn"));
            assertThat(LocalDate.parse(day)).isAfter(TODAY);
            assertThat(body).doesNotContainKeys("id", "status", "version", "organisation");
        }
    }

    @Test
    void onlyHandjeHelpensRequestsAreMovedToInProgressByItsCoordinator() {
        List<DemoRequests.Planned> plan = DemoRequests.plan(DemoRequests.SEED, DemoRequests.COUNT, CATALOGUE, TODAY);
        List<DemoRequests.Planned> moved = plan.stream().filter(p -> p.targetStatus().equals("IN_PROGRESS"))
                .toList();
        assertThat(moved).hasSize(10).allSatisfy(p -> {
            assertThat(p.partner()).isEqualTo(DemoAccounts.PARTNER_HANDJEHELPEN);
            assertThat(p.steps()).containsExactly("MATCHED", "IN_PROGRESS");
        });
    }

    /** The story by hand needs a request whose one candidate can sign in: volunteer-anna. */
    @Test
    void theStorysRequestFitsOnlyAnna() {
        DemoRequests.Planned story = DemoRequests.story(TODAY);
        Map<String, Object> body = story.body();
        assertThat(story.partner()).isEqualTo(DemoAccounts.PARTNER_HANDJEHELPEN);
        assertThat(story.targetStatus()).isEqualTo("OPEN");
        assertThat(body.get("kern")).isEqualTo(DemoData.ANNA_KERN);
        assertThat(body.get("trainings")).isEqualTo(List.of(DemoData.ANNA_TRAINING));
        Map<?, ?> talent = (Map<?, ?>) ((List<?>) body.get("talents")).getFirst();
        assertThat(talent.get("code")).isEqualTo(DemoData.ANNA_TALENT);
        Map<?, ?> schedule = (Map<?, ?>) body.get("schedule");
        LocalDate date = LocalDate.parse((String) schedule.get("date"));
        assertThat(date).isAfter(TODAY);
        assertThat(DemoData.ANNA_AVAILABILITY).contains(date.getDayOfWeek().toString().substring(0, 3) + "_"
                + ((List<?>) schedule.get("dayParts")).getFirst());
        assertThat(DemoRequests.plan(DemoRequests.SEED, DemoRequests.COUNT, CATALOGUE, TODAY))
                .noneMatch(p -> p.idempotencyKey().equals(story.idempotencyKey()));
    }
}
