package nl.talentenbureau.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import nl.talentenbureau.platform.problem.Problem;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.platform.problem.ProblemMappers;

class StrictJsonTest {

    record Nested(int level) {
    }

    record Body(String name, Integer maxTravelKm, int volunteersNeeded, double share, BigDecimal hours, boolean urgent,
            List<Nested> talents) {
    }

    private static final String VALID = """
            {"name": "Truus", "maxTravelKm": 5, "volunteersNeeded": 2, "share": 0.5, "hours": 1.25, "urgent": true,
             "talents": [{"level": 2}]}""";

    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper());
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aBodyAsWrittenIsRead() {
        assertThatCode(() -> mapper.readValue(VALID, Body.class)).doesNotThrowAnyException();
    }

    @Test
    void aWholeNumberIsAFineValueForAFractionField() {
        assertThatCode(() -> mapper.readValue("{\"share\": 1, \"hours\": 2}", Body.class)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"name\": 123                | name             | must be a string",
            "\"name\": 1.5                | name             | must be a string",
            "\"name\": true               | name             | must be a string",
            "\"maxTravelKm\": \"5\"       | maxTravelKm      | must be a whole number",
            "\"maxTravelKm\": 5.7         | maxTravelKm      | must be a whole number",
            "\"volunteersNeeded\": 1.5    | volunteersNeeded | must be a whole number",
            "\"volunteersNeeded\": 2.0    | volunteersNeeded | must be a whole number",
            "\"share\": \"0.5\"           | share            | must be a number",
            "\"hours\": \"1.25\"          | hours            | must be a number",
            "\"urgent\": \"true\"         | urgent           | must be true or false",
            "\"urgent\": 1                | urgent           | must be true or false",
            "\"talents\": [{\"level\": 2.5}] | talents[0].level | must be a whole number"})
    void aCoercedScalarIsRefusedNamingTheField(String field, String path, String message) {
        MismatchedInputException refused = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue("{" + field + "}", Body.class));

        assertThat(refused).as(field).isNotNull();
        Problem problem = problemOf(mappers.mismatch(refused, null));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo(ProblemKind.VALIDATION_FAILED.type());
        assertThat(problem.errors()).containsExactly(new Problem.FieldError(path, message));
    }

    @Test
    void aSecondValueAfterTheBodyIsRefused() {
        MismatchedInputException refused = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue(VALID + " {\"name\": \"Kees\"}", Body.class));

        Problem problem = problemOf(mappers.mismatch(refused, null));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo(ProblemKind.MALFORMED_REQUEST.type());
        assertThat(problem.detail()).isEqualTo("the body goes on after its JSON value");
    }

    @Test
    void garbageAfterTheBodyIsRefused() {
        JsonProcessingException refused = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper.readValue(VALID + " xyz", Body.class));

        Problem problem = problemOf(mappers.unreadableJson(refused, null));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo(ProblemKind.MALFORMED_REQUEST.type());
    }

    @Test
    void aPlainMapperAcceptsWhatTheStrictOneRefuses() {
        // the rules are StrictJson's, not Jackson's defaults: without it each of these is read
        ObjectMapper lenient = new ObjectMapper();
        assertThatCode(() -> lenient.readValue("{\"name\": 123, \"volunteersNeeded\": 1.5, \"maxTravelKm\": \"5\"}",
                Body.class)).doesNotThrowAnyException();
        assertThatCode(() -> lenient.readValue(VALID + " xyz", Body.class)).doesNotThrowAnyException();
    }

    private static Problem problemOf(Response response) {
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        return (Problem) response.getEntity();
    }
}
