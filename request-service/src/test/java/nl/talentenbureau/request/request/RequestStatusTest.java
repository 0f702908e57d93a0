package nl.talentenbureau.request.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RequestStatusTest {

    @ParameterizedTest
    @CsvSource({
            "OPEN, MATCHED",
            "MATCHED, IN_PROGRESS",
            "IN_PROGRESS, COMPLETED",
            "MATCHED, OPEN",
            "OPEN, CANCELLED",
            "MATCHED, CANCELLED",
            "IN_PROGRESS, CANCELLED",
            "OPEN, EXPIRED",
            "MATCHED, EXPIRED"})
    void theLifecycleAllowsTheseSteps(RequestStatus from, RequestStatus to) {
        assertThat(from.canStepTo(to)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "OPEN, IN_PROGRESS",
            "OPEN, COMPLETED",
            "MATCHED, COMPLETED",
            "IN_PROGRESS, OPEN",
            "IN_PROGRESS, EXPIRED",
            "COMPLETED, CANCELLED",
            "CANCELLED, OPEN",
            "EXPIRED, OPEN",
            "OPEN, OPEN"})
    void theLifecycleRefusesTheseSteps(RequestStatus from, RequestStatus to) {
        assertThat(from.canStepTo(to)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"COMPLETED", "CANCELLED", "EXPIRED"})
    void finalStatusesHaveNoNextStepAndCountAsEnded(RequestStatus status) {
        assertThat(status.next()).isEmpty();
        assertThat(status.ended()).isTrue();
    }

    @Test
    void onlyTheFinalStatusesCountAsEnded() {
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(RequestStatus::ended))
                .containsExactlyInAnyOrder(RequestStatus.COMPLETED, RequestStatus.CANCELLED, RequestStatus.EXPIRED);
    }
}
