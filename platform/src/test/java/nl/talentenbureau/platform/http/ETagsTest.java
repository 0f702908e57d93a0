package nl.talentenbureau.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

class ETagsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void missingIfMatchAnswers428(String ifMatch) {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> ETags.expectedVersion(ifMatch));

        assertThat(problem.kind()).isEqualTo(ProblemKind.PRECONDITION_REQUIRED);
        assertThat(problem.kind().status()).isEqualTo(428);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "3", "W/\"3\"", " \"3\" "})
    void quotedBareAndWeakETagsAllReadAsTheVersion(String ifMatch) {
        assertThat(ETags.expectedVersion(ifMatch)).isEqualTo(3L);
    }

    @Test
    void largeVersionsRead() {
        assertThat(ETags.expectedVersion("\"" + Long.MAX_VALUE + "\"")).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "\"abc\"", "\"3", "3\"", "\"\"", "\"", "W/", "*", "3.0", "\"3\", \"4\""})
    void foreignIfMatchAnswers400OnTheIfMatchField(String ifMatch) {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> ETags.expectedVersion(ifMatch));

        assertThat(problem.kind()).isEqualTo(ProblemKind.VALIDATION_FAILED);
        assertThat(problem.errors()).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("If-Match"));
    }

    @Test
    void eTagOfAVersionReadsBackAsThatVersion() {
        assertThat(ETags.of(42).getValue()).isEqualTo("42");
        assertThat(ETags.of(42).isWeak()).isFalse();
        assertThat(ETags.expectedVersion("\"" + ETags.of(42).getValue() + "\"")).isEqualTo(42L);
    }

    @Test
    void staleVersionAnswers412() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> ETags.requireCurrent(3, 4));

        assertThat(problem.kind()).isEqualTo(ProblemKind.PRECONDITION_FAILED);
        assertThat(problem.kind().status()).isEqualTo(412);
    }

    @Test
    void versionAheadOfTheStoredOneAnswers412Too() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> ETags.requireCurrent(5, 4));

        assertThat(problem.kind()).isEqualTo(ProblemKind.PRECONDITION_FAILED);
    }

    @Test
    void currentVersionPasses() {
        assertThatNoException().isThrownBy(() -> ETags.requireCurrent(4, 4));
    }
}
