package nl.talentenbureau.volunteer.session;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.ProblemException;

class SessionStatusTest {

    private final LocalDate today = LocalDate.of(2026, 12, 2);

    @Test
    void enrolmentIsOpenUpToAndIncludingTheSessionsDay() {
        assertThatCode(() -> SessionStatus.SCHEDULED.requireOpenForEnrolment(today, today)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SessionStatus.SCHEDULED.requireOpenForEnrolment(today.minusDays(1), today))
                .isInstanceOf(ProblemException.class).hasMessageContaining("closed");
    }

    @Test
    void aCancelledOrHeldSessionTakesNoEnrolmentsAndNoChanges() {
        for (SessionStatus status : new SessionStatus[]{SessionStatus.CANCELLED, SessionStatus.HELD}) {
            assertThatThrownBy(() -> status.requireOpenForEnrolment(today.plusDays(3), today))
                    .isInstanceOf(ProblemException.class);
            assertThatThrownBy(status::requireScheduled).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void attendanceIsRecordedOnceOnOrAfterTheDay() {
        assertThatCode(() -> SessionStatus.SCHEDULED.requireAttendanceRecordable(today, today))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SessionStatus.SCHEDULED.requireAttendanceRecordable(today.plusDays(1), today))
                .hasMessageContaining("after it");
        assertThatThrownBy(() -> SessionStatus.HELD.requireAttendanceRecordable(today.minusDays(1), today))
                .hasMessageContaining("already");
        assertThatThrownBy(() -> SessionStatus.CANCELLED.requireAttendanceRecordable(today.minusDays(1), today))
                .isInstanceOf(ProblemException.class);
    }
}
