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
    void missingRequiredIfMatchAnswers428(String ifMatch) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> ETags.required(ifMatch));

        assertThat(problem.kind()).isEqualTo(ProblemKind.PRECONDITION_REQUIRED);
        assertThat(problem.kind().status()).isEqualTo(428);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingOptionalIfMatchAcceptsAnyVersion(String ifMatch) {
        assertThat(ETags.optional(ifMatch)).isEqualTo(IfMatch.ANY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "3", " \"3\" "})
    void quotedAndBareETagsReadAsTheVersion(String ifMatch) {
        assertThat(ETags.required(ifMatch).version()).isEqualTo(3L);
    }

    @Test
    void starMatchesAnyCurrentVersion() {
        assertThat(ETags.required("*")).isEqualTo(IfMatch.ANY);
        assertThatNoException().isThrownBy(() -> ETags.required("*").requireCurrent(17));
    }

    @Test
    void largeVersionsRead() {
        assertThat(ETags.required("\"" + Long.MAX_VALUE + "\"").version()).isEqualTo(Long.MAX_VALUE);
    }

    /** If-Match uses strong comparison (RFC 9110 13.1.1): a weak ETag never matches. */
    @ParameterizedTest
    @ValueSource(strings = {"abc", "\"abc\"", "\"3", "3\"", "\"\"", "\"", "W/\"3\"", "3.0", "\"3\", \"4\"", "-1",
            "\"-3\""})
    void foreignIfMatchAnswers400OnTheIfMatchField(String ifMatch) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> ETags.required(ifMatch));

        assertThat(problem.kind()).isEqualTo(ProblemKind.VALIDATION_FAILED);
        assertThat(problem.errors()).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("If-Match"));
    }

    @Test
    void eTagOfAVersionReadsBackAsThatVersion() {
        assertThat(ETags.of(42).getValue()).isEqualTo("42");
        assertThat(ETags.of(42).isWeak()).isFalse();
        assertThat(ETags.required("\"" + ETags.of(42).getValue() + "\"").version()).isEqualTo(42L);
    }

    @Test
    void staleVersionAnswers412() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> new IfMatch(3L).requireCurrent(4));

        assertThat(problem.kind()).isEqualTo(ProblemKind.PRECONDITION_FAILED);
        assertThat(problem.kind().status()).isEqualTo(412);
    }

    @Test
    void versionAheadOfTheStoredOneAnswers412Too() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> new IfMatch(5L).requireCurrent(4));

        assertThat(problem.kind()).isEqualTo(ProblemKind.PRECONDITION_FAILED);
    }

    @Test
    void currentVersionPasses() {
        assertThatNoException().isThrownBy(() -> new IfMatch(4L).requireCurrent(4));
    }
}
