package nl.talentenbureau.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemKindTest {

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void typeIsAnAbsoluteUriUnderTheBaseUri(ProblemKind kind) {
        URI type = kind.type();

        assertThat(type.toString()).startsWith(ProblemKind.BASE_URI);
        assertThat(type.toString()).hasSizeGreaterThan(ProblemKind.BASE_URI.length());
        assertThat(type.isAbsolute()).isTrue();
        assertThat(type.getScheme()).isEqualTo("https");
    }

    @Test
    void everyKindHasItsOwnType() {
        assertThat(Stream.of(ProblemKind.values()).map(ProblemKind::type)).doesNotHaveDuplicates()
                .hasSize(ProblemKind.values().length);
    }

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void everyKindHasAnErrorStatusAndATitle(ProblemKind kind) {
        assertThat(kind.status()).isBetween(400, 599);
        assertThat(kind.title()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({
            "400, MALFORMED_REQUEST",
            "401, UNAUTHENTICATED",
            "403, FORBIDDEN",
            "404, NOT_FOUND",
            "405, METHOD_NOT_ALLOWED",
            "406, NOT_ACCEPTABLE",
            "409, CONFLICT",
            "412, PRECONDITION_FAILED",
            "413, CONTENT_TOO_LARGE",
            "414, URI_TOO_LONG",
            "415, UNSUPPORTED_MEDIA_TYPE",
            "422, UNPROCESSABLE",
            "428, PRECONDITION_REQUIRED",
            "429, TOO_MANY_REQUESTS",
            "431, HEADERS_TOO_LARGE",
            "500, INTERNAL",
            "502, BAD_GATEWAY",
            "503, SERVICE_UNAVAILABLE",
            "504, GATEWAY_TIMEOUT"})
    void forStatusFindsTheGeneralKindOfAStatus(int status, ProblemKind expected) {
        assertThat(ProblemKind.forStatus(status)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void forStatusAnswersAKindWithTheSameStatus(ProblemKind kind) {
        assertThat(ProblemKind.forStatus(kind.status()).status()).isEqualTo(kind.status());
    }

    @ParameterizedTest
    @CsvSource({"501, INTERNAL", "505, INTERNAL", "599, INTERNAL", "408, MALFORMED_REQUEST",
            "418, MALFORMED_REQUEST", "451, MALFORMED_REQUEST"})
    void unknownStatusFallsBackToInternalOrMalformedRequest(int status, ProblemKind expected) {
        assertThat(ProblemKind.forStatus(status)).isEqualTo(expected);
    }
}
