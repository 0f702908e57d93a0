package nl.talentenbureau.volunteer.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

class NotificationRulesTest {

    @Test
    void emailCountsOnlyWithAnAddressAndWhenPhoneWasNotChosen() {
        assertThat(ReachBy.effective(null, "anna@example.nl")).isEqualTo(ReachBy.EMAIL);
        assertThat(ReachBy.effective(ReachBy.EMAIL, "anna@example.nl")).isEqualTo(ReachBy.EMAIL);
        assertThat(ReachBy.effective(ReachBy.PHONE, "anna@example.nl")).isEqualTo(ReachBy.PHONE);
        assertThat(ReachBy.effective(null, null)).isEqualTo(ReachBy.PHONE);
        assertThat(ReachBy.effective(ReachBy.EMAIL, null)).as("address removed later").isEqualTo(ReachBy.PHONE);
    }

    @Test
    void emailWithoutAnAddressIsUnprocessable() {
        assertThatThrownBy(() -> new Notifications(ReachBy.EMAIL, "nl", null).checkFor(null))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNPROCESSABLE));
        assertThatCode(() -> new Notifications(ReachBy.PHONE, "nl", null).checkFor(null)).doesNotThrowAnyException();
    }

    @Test
    void quietHoursMayPassMidnightButNeedALength() {
        assertThatCode(() -> new Notifications(ReachBy.PHONE, "nl", new Notifications.QuietHours("21:00", "08:00"))
                .checkFor(null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Notifications(ReachBy.PHONE, "nl",
                new Notifications.QuietHours("21:00", "21:00")).checkFor(null))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION_FAILED));
    }
}
