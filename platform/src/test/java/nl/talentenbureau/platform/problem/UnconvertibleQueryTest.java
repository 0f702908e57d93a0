package nl.talentenbureau.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

class UnconvertibleQueryTest {

    enum Colour {
        RED
    }

    @SuppressWarnings("unused")
    void resource(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") Integer size,
            @QueryParam("from") LocalDate from, @QueryParam("colour") Colour colour,
            @QueryParam("ids") List<UUID> ids, @QueryParam("q") String q) {
    }

    private static final Method RESOURCE = method();

    @Test
    void aNumberThatIsNoNumberIsFound() {
        assertThat(UnconvertibleQuery.in(RESOURCE, query("page", "abc")))
                .contains(new UnconvertibleQuery.Found("page", int.class));
        assertThat(UnconvertibleQuery.in(RESOURCE, query("size", "1e40")))
                .contains(new UnconvertibleQuery.Found("size", Integer.class));
        assertThat(UnconvertibleQuery.in(RESOURCE, query("page", "99999999999999999999"))).isPresent();
    }

    @Test
    void datesEnumsAndListElementsAreTriedToo() {
        assertThat(UnconvertibleQuery.in(RESOURCE, query("from", "2025-13-45"))).isPresent();
        assertThat(UnconvertibleQuery.in(RESOURCE, query("colour", "BLUE"))).isPresent();
        MultivaluedMap<String, String> ids = query("ids", UUID.randomUUID().toString());
        ids.add("ids", "not-a-uuid");
        assertThat(UnconvertibleQuery.in(RESOURCE, ids))
                .contains(new UnconvertibleQuery.Found("ids", UUID.class));
    }

    @Test
    void valuesThatConvertAndPathParametersAreNotFound() {
        MultivaluedMap<String, String> good = query("page", "2");
        good.add("size", "20");
        good.add("from", "2025-12-02");
        good.add("colour", "RED");
        good.add("ids", UUID.randomUUID().toString());
        good.add("q", "anything");
        // a bad path id is not the query's: it stays 404
        good.add("id", "not-a-uuid");
        assertThat(UnconvertibleQuery.in(RESOURCE, good)).isEmpty();
        assertThat(UnconvertibleQuery.in(null, good)).isEmpty();
    }

    private static MultivaluedMap<String, String> query(String name, String value) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.add(name, value);
        return query;
    }

    private static Method method() {
        for (Method method : UnconvertibleQueryTest.class.getDeclaredMethods()) {
            if (method.getName().equals("resource")) {
                return method;
            }
        }
        throw new IllegalStateException("no resource method");
    }
}
