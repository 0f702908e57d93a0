package nl.talentenbureau.web.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.web.coordinator.BatchApi.Pair;
import nl.talentenbureau.web.coordinator.BatchApi.Proposals;
import nl.talentenbureau.web.coordinator.BatchApi.Unfilled;
import nl.talentenbureau.web.coordinator.BatchViews.Paging;
import nl.talentenbureau.web.coordinator.BatchViews.PairChoice;
import nl.talentenbureau.web.coordinator.BatchViews.ProposalsPage;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.ApiProblem;

class BatchViewsTest {

    static final UUID REQUEST = UUID.fromString("0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f");
    static final UUID VOLUNTEER = UUID.fromString("5d2e8a41-0c3b-4a7f-8e9d-1b2c3d4e5f60");

    @Test
    void aPairReadsBackFromTheFormAndAnythingElseIsNoPair() {
        PairChoice pair = new PairChoice(REQUEST, VOLUNTEER);

        assertThat(PairChoice.parse(pair.value())).contains(pair);
        assertThat(PairChoice.parse(REQUEST.toString())).isEmpty();
        assertThat(PairChoice.parse(REQUEST + ":not-a-uuid")).isEmpty();
        assertThat(PairChoice.parse(null)).isEmpty();
    }

    @Test
    void aPairKeepsItsIdempotencyKeyWithinOneFormAndGetsAnotherInTheNext() {
        PairChoice pair = new PairChoice(REQUEST, VOLUNTEER);
        PairChoice other = new PairChoice(REQUEST, UUID.randomUUID());
        String form = UUID.randomUUID().toString();

        assertThat(pair.idempotencyKey(form)).isEqualTo(pair.idempotencyKey(form))
                .isNotEqualTo(other.idempotencyKey(form))
                .isNotEqualTo(pair.idempotencyKey(UUID.randomUUID().toString()))
                .matches("[0-9a-f-]{36}");
    }

    @Test
    void aPhoneNumberBecomesATelLinkOfItsDigits() {
        assertThat(BatchViews.telHref("0527-246810")).isEqualTo("tel:0527246810");
        assertThat(BatchViews.telHref(" +31 6 1234 5678 ")).isEqualTo("tel:+31612345678");
        assertThat(BatchViews.telHref("onbekend")).isNull();
        assertThat(BatchViews.telHref(null)).isNull();
    }

    @Test
    void anUnfilledReasonTheAppDoesNotKnowIsOtherAndAScoreIsAPercentage() {
        Proposals proposals = new Proposals(2, 0.8125, List.of(new Pair(REQUEST, VOLUNTEER, 0.8125)),
                List.of(new Unfilled(REQUEST, 1, "CANDIDATES_CAPACITY_TAKEN"), new Unfilled(REQUEST, 1, "NEW")));

        ProposalsPage page = BatchViews.proposals(proposals, Map.of(), Map.of(VOLUNTEER, "Anna"));

        assertThat(page.pairs()).singleElement().satisfies(p -> {
            assertThat(p.percent()).isEqualTo(81);
            assertThat(p.name()).isEqualTo("Anna");
            assertThat(p.request()).isNull();
        });
        assertThat(page.unfilled()).extracting(BatchViews.UnfilledRow::reasonKey)
                .containsExactly("unfilled_CANDIDATES_CAPACITY_TAKEN", "unfilled_OTHER");
    }

    @Test
    void aRefusalIsASentenceForItsStatus() {
        assertThat(BatchViews.refusalKey(refused(409))).isEqualTo("proposal_refused_conflict");
        assertThat(BatchViews.refusalKey(refused(422))).isEqualTo("proposal_refused_unprocessable");
        assertThat(BatchViews.refusalKey(refused(404))).isEqualTo("proposal_refused_not_found");
        assertThat(BatchViews.refusalKey(refused(503))).isEqualTo("error_unavailable");
    }

    @Test
    void pagingSaysWhereYouAreAndWhereYouCanGo() {
        assertThat(BatchViews.paging(0, 0, 50)).isEqualTo(new Paging(1, 1, null, null));
        assertThat(BatchViews.paging(0, 51, 50)).isEqualTo(new Paging(1, 2, null, 1));
        assertThat(BatchViews.paging(1, 101, 50)).isEqualTo(new Paging(2, 3, 0, 2));
        assertThat(BatchViews.paging(2, 101, 50)).isEqualTo(new Paging(3, 3, 1, null));
    }

    private static ApiException refused(int status) {
        return new ApiException(new ApiProblem(null, null, status, null, List.of()));
    }
}
