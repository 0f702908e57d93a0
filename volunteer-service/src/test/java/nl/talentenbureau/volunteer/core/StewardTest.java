package nl.talentenbureau.volunteer.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

class StewardTest {

    @Test
    void coordinatorManagesVolunteersOfTheirOwnOrganisation() {
        Steward coordinator = new Steward(false, "handjehelpen");
        assertThat(coordinator.manages(List.of("bibliotheek", "handjehelpen"))).isTrue();
        assertThat(coordinator.manages(List.of("bibliotheek"))).isFalse();
        assertThat(coordinator.manages(List.of())).isFalse();
    }

    @Test
    void adminManagesEveryVolunteer() {
        assertThat(new Steward(true, null).manages(List.of())).isTrue();
    }

    @Test
    void coordinatorWithoutOneOrganisationManagesNobody() {
        assertThatThrownBy(() -> new Steward(false, null).requireManages(List.of("handjehelpen")))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
    }
}
