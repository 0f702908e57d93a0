package nl.talentenbureau.request.request;

import static nl.talentenbureau.request.request.RequestStatus.CANCELLED;
import static nl.talentenbureau.request.request.RequestStatus.COMPLETED;
import static nl.talentenbureau.request.request.RequestStatus.EXPIRED;
import static nl.talentenbureau.request.request.RequestStatus.IN_PROGRESS;
import static nl.talentenbureau.request.request.RequestStatus.MATCHED;
import static nl.talentenbureau.request.request.RequestStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchProgressTest {

    private static MatchTally live(int live, int active, int completed) {
        return new MatchTally(live, active, completed);
    }

    @Test
    void openIsMatchedWhenLiveMatchesReachTheVolunteersNeeded() {
        assertThat(MatchProgress.steps(OPEN, 1, live(1, 0, 0))).containsExactly(MATCHED);
        assertThat(MatchProgress.steps(OPEN, 2, live(1, 0, 0))).isEmpty();
        assertThat(MatchProgress.steps(OPEN, 2, live(2, 0, 0))).containsExactly(MATCHED);
        assertThat(MatchProgress.steps(OPEN, 1, live(0, 0, 0))).isEmpty();
    }

    @Test
    void theFirstActiveMatchPutsAMatchedRequestInProgress() {
        assertThat(MatchProgress.steps(MATCHED, 1, live(1, 1, 0))).containsExactly(IN_PROGRESS);
        assertThat(MatchProgress.steps(OPEN, 1, live(1, 1, 0))).containsExactly(MATCHED, IN_PROGRESS);
        assertThat(MatchProgress.steps(IN_PROGRESS, 2, live(2, 1, 0))).isEmpty();
    }

    @Test
    void noLiveMatchLeftCompletesWhenOneCompletedAndReopensOtherwise() {
        assertThat(MatchProgress.steps(IN_PROGRESS, 1, live(0, 0, 1))).containsExactly(COMPLETED);
        assertThat(MatchProgress.steps(IN_PROGRESS, 1, live(0, 0, 0))).containsExactly(OPEN);
        assertThat(MatchProgress.steps(MATCHED, 1, live(0, 0, 0))).containsExactly(OPEN);
        assertThat(MatchProgress.steps(MATCHED, 1, live(0, 0, 1))).containsExactly(IN_PROGRESS, COMPLETED);
        assertThat(MatchProgress.steps(IN_PROGRESS, 2, live(1, 1, 1))).isEmpty();
    }

    @Test
    void anEndedRequestIsNeverMoved() {
        for (RequestStatus ended : new RequestStatus[]{COMPLETED, CANCELLED, EXPIRED}) {
            assertThat(MatchProgress.steps(ended, 1, live(1, 1, 0))).isEmpty();
            assertThat(MatchProgress.steps(ended, 1, live(0, 0, 0))).isEmpty();
        }
    }

    @Test
    void onlyTheFeedMayReopenARequestInProgress() {
        assertThat(IN_PROGRESS.canStepTo(OPEN)).isFalse();
        assertThat(IN_PROGRESS.canFollowMatchesTo(OPEN)).isTrue();
        assertThat(CANCELLED.canFollowMatchesTo(MATCHED)).isFalse();
    }
}
