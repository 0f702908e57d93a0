package nl.talentenbureau.platform.problem;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Finds the query parameter that Quarkus REST could not convert to its Java type. Quarkus REST answers such a
 * failure as a {@code NotFoundException} (JAX-RS's rule for path and query parameters), which cannot tell a bad
 * path id (404: no such thing) from a bad {@code page=abc} (400: a bad request); this tells them apart by trying the
 * resource method's query parameters again.
 */
final class UnconvertibleQuery {

    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class);

    record Found(String name, Class<?> type) {
    }

    private UnconvertibleQuery() {
    }

    /** The first query parameter of {@code method} whose value in {@code query} does not convert, if any. */
    static Optional<Found> in(Method method, MultivaluedMap<String, String> query) {
        if (method == null || query == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            QueryParam annotation = parameter.getAnnotation(QueryParam.class);
            if (annotation == null || !query.containsKey(annotation.value())) {
                continue;
            }
            Class<?> type = elementType(parameter);
            List<String> values = query.get(annotation.value());
            if (values != null && values.stream().anyMatch(value -> !converts(value, type))) {
                return Optional.of(new Found(annotation.value(), type));
            }
        }
        return Optional.empty();
    }

    private static Class<?> elementType(Parameter parameter) {
        if (Collection.class.isAssignableFrom(parameter.getType())
                && parameter.getParameterizedType() instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            return element instanceof Class<?> known ? known : String.class;
        }
        if (parameter.getType() == Optional.class
                && parameter.getParameterizedType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] instanceof Class<?> known) {
            return known;
        }
        return parameter.getType();
    }

    /** Converts as JAX-RS does: a static valueOf(String) or fromString(String), parse(CharSequence), or new T(String). */
    static boolean converts(String value, Class<?> type) {
        Class<?> target = WRAPPERS.getOrDefault(type, type);
        if (target == String.class || target == boolean.class || target == Boolean.class
                || target == char.class || target == Character.class) {
            return true;
        }
        try {
            if (target.isEnum()) {
                for (Object constant : target.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return true;
                    }
                }
                return false;
            }
            for (String factory : List.of("valueOf", "fromString")) {
                Optional<Method> method = factory(target, factory, String.class);
                if (method.isPresent()) {
                    method.get().invoke(null, value);
                    return true;
                }
            }
            Optional<Method> parse = factory(target, "parse", CharSequence.class);
            if (parse.isPresent()) {
                parse.get().invoke(null, value);
                return true;
            }
            target.getConstructor(String.class).newInstance(value);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            // NoSuchMethod: a type this check does not know, which it leaves to JAX-RS's answer
            return e instanceof NoSuchMethodException;
        }
    }

    private static Optional<Method> factory(Class<?> type, String name, Class<?> argument) {
        try {
            Method method = type.getMethod(name, argument);
            return Modifier.isStatic(method.getModifiers()) ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
