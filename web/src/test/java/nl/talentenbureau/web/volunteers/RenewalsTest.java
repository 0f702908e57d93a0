package nl.talentenbureau.web.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.web.shared.api.CatalogApi.Training;
import nl.talentenbureau.web.volunteers.PoolApi.Expiring;
import nl.talentenbureau.web.volunteers.VolunteerViews.Renewal;

class RenewalsTest {

    @Test
    void eachRenewalKeepsTheApisOrderWithTheTrainingsNameAndWhetherItRanOutAlready() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        UUID anna = UUID.randomUUID();
        List<Renewal> renewals = VolunteerViews.renewals(List.of(
                new Expiring(anna, "Anna", "breukelen", "TRAINING", "first-aid", today.minusDays(1)),
                new Expiring(anna, "Anna", "breukelen", "VOG", null, today),
                new Expiring(anna, "Anna", "breukelen", "TRAINING", "unknown", today.plusDays(30))),
                List.of(new Training("first-aid", "EHBO", "First aid", 2, null)), today);

        assertThat(renewals).extracting(Renewal::expired).containsExactly(true, false, false);
        assertThat(renewals).extracting(Renewal::vog).containsExactly(false, true, false);
        assertThat(renewals.getFirst().training().nameNl()).isEqualTo("EHBO");
        assertThat(renewals.get(2).training()).isNull();
        assertThat(renewals.get(2).code()).isEqualTo("unknown");
    }
}
