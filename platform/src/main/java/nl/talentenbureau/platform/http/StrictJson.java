package nl.talentenbureau.platform.http;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A body is read as it was written, or refused: no content after the JSON value ({@code {...} xyz}), no string
 * for a number or a boolean ({@code "5"}), no number or boolean for a string ({@code 123} stored as "123"), no
 * fraction for a whole number ({@code 1.5} stored as 1). Jackson accepts all of these by default; a client that
 * sends them has a bug we would otherwise hide. The refusal is a {@code MismatchedInputException} with the path of
 * the field, which {@code ProblemMappers} answers as 400 naming it. One mechanism for every service (the same
 * mapper also reads the feeds, whose writers are these same records).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final CoercionInputShape[] NOT_TEXT = {CoercionInputShape.Integer, CoercionInputShape.Float,
            CoercionInputShape.Boolean};
    private static final LogicalType[] SCALARS = {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean};

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same rules on any mapper (unit tests, a mapper made by hand). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (CoercionInputShape shape : NOT_TEXT) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType scalar : SCALARS) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }
}
