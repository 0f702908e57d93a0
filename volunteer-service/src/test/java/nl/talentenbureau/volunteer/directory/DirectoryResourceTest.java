package nl.talentenbureau.volunteer.directory;

import static nl.talentenbureau.volunteer.support.Api.anonymous;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

/** The coalition's directory: kept by each organisation's coordinators (their own), any by an admin, read by anyone. */
@QuarkusTest
class DirectoryResourceTest {

    private static final String PUBLIC = "/api/public/directory";

    private final String alias = "dir-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.coordinator(alias);

    @Test
    void aCoordinatorCreatesTheirEntryAndAnyoneReadsItWithoutAToken() {
        long head = Feed.head();
        as(coordinator).body(entry()).put("/api/directory/" + alias).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", org.hamcrest.Matchers.endsWith(PUBLIC + "/" + alias))
                .body("alias", equalTo(alias)).body("offers[0].theme", equalTo("health"))
                .body("contact.phone", equalTo("0346 123 456"));

        anonymous().get(PUBLIC + "/" + alias).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .header("Cache-Control", equalTo("public, max-age=300"))
                .body("name", equalTo("Welzijn " + alias)).body("openingHours[0].day", equalTo("MONDAY"))
                .body("version", org.hamcrest.Matchers.nullValue());
        anonymous().queryParam("theme", "health").queryParam("kern", "breukelen").get(PUBLIC).then()
                .statusCode(200).body("alias", hasItem(alias));
        // health only in Breukelen and Maarssen; caregiver support in the whole coalition, so also in Kockengen
        anonymous().queryParam("theme", "health").queryParam("kern", "kockengen").get(PUBLIC).then()
                .statusCode(200).body("alias", not(hasItem(alias)));
        anonymous().queryParam("kern", "kockengen").get(PUBLIC).then().statusCode(200).body("alias", hasItem(alias));
        anonymous().queryParam("theme", "digital").get(PUBLIC).then().statusCode(200)
                .body("alias", not(hasItem(alias)));

        // the directory's organisations reach the other services as catalogue events: codes, never a contact
        List<Map<String, Object>> events = Feed.eventsAfter(head, "catalog").stream()
                .filter(e -> ("organisation:" + alias).equals(e.get("aggregateId"))).toList();
        assertThat(events).extracting(e -> e.get("type")).containsExactly("OrganisationChanged");
        assertThat(events.getFirst().get("payload").toString()).contains(alias).doesNotContain("0346");
    }

    @Test
    void thePublicListAnswers304WhileNothingChanged() {
        as(coordinator).body(entry()).put("/api/directory/" + alias).then().statusCode(201);
        String tag = anonymous().get(PUBLIC).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", tag).get(PUBLIC).then().statusCode(304);
        String entryTag = anonymous().get(PUBLIC + "/" + alias).then().extract().header("ETag");
        anonymous().header("If-None-Match", entryTag).get(PUBLIC + "/" + alias).then().statusCode(304);
        as(coordinator).header("If-Match", entryTag).body(entry()).put("/api/directory/" + alias).then()
                .statusCode(200).header("ETag", equalTo("\"1\""));
        anonymous().header("If-None-Match", entryTag).get(PUBLIC + "/" + alias).then().statusCode(200);
    }

    @Test
    void onlyItsOwnCoordinatorsOrAnAdminKeepAnEntryWithTheCurrentETag() {
        String path = "/api/directory/" + alias;
        problem(as(Tokens.coordinator("another-" + alias)).body(entry()).put(path).then(), 403, "forbidden");
        as(coordinator).body(entry()).put(path).then().statusCode(201);
        problem(as(coordinator).body(entry()).put(path).then(), 428, "precondition-required");
        as(Tokens.admin()).header("If-Match", "\"0\"").body(entry()).put(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        problem(as(coordinator).header("If-Match", "\"0\"").body(entry()).put(path).then(), 412,
                "precondition-failed");
        problem(as(Tokens.coordinator("another-" + alias)).header("If-Match", "\"1\"").body(entry()).put(path)
                .then(), 403, "forbidden");
        problem(as(Tokens.volunteer("vol-" + alias)).body(entry()).put(path).then(), 403, "forbidden");
        problem(as(Tokens.partner(alias)).body(entry()).put(path).then(), 403, "forbidden");
        problem(anonymous().body(entry()).put(path).then(), 401, "unauthenticated");
        // If-Match for an entry that does not exist
        String other = "none-" + alias;
        problem(as(Tokens.coordinator(other)).header("If-Match", "\"3\"").body(entry())
                .put("/api/directory/" + other).then(), 412, "precondition-failed");
        problem(anonymous().get(PUBLIC + "/" + other).then(), 404, "not-found");
    }

    @Test
    void badEntriesAreRefusedAndNothingIsStored() {
        String path = "/api/directory/" + alias;
        problem(as(coordinator).body(with("contact", Map.of())).put(path).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("contact"));
        problem(as(coordinator).body(with("openingHours", List.of(Map.of("day", "MONDAY", "from", "12:00", "until",
                "09:00")))).put(path).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("openingHours[0]"));
        problem(as(coordinator).body(with("openingHours", List.of(Map.of("day", "MONDAY", "from", "9 uur", "until",
                "12:00")))).put(path).then(), 400, "validation-failed");
        problem(as(coordinator).body(with("offers", List.of(Map.of("theme", "health", "kernen", List.of("atlantis")))))
                .put(path).then(), 422, "unprocessable").body("errors[0].field", equalTo("offers[0].kernen[0]"));
        problem(as(coordinator).body(with("offers", List.of(Map.of("theme", "no-such-theme")))).put(path).then(),
                422, "unprocessable").body("errors[0].field", equalTo("offers[0].theme[0]"));
        problem(as(coordinator).body(with("name", "x".repeat(121))).put(path).then(), 400, "validation-failed");
        problem(as(coordinator).body(with("version", 3)).put(path).then(), 400, "validation-failed");
        problem(as(coordinator).body(with("contact", Map.of("email", "geen-adres"))).put(path).then(), 400,
                "validation-failed");
        problem(as(coordinator).body(entry()).put("/api/directory/Not_A_Slug").then(), 400, "validation-failed");
        problem(anonymous().queryParam("kern", "Not A Code").get(PUBLIC).then(), 400, "validation-failed");
        problem(anonymous().get(PUBLIC + "/" + alias).then(), 404, "not-found");
    }

    @Test
    void parallelCreatesOfOneEntryLeaveOneCreatedAndTheRestRefused() throws Exception {
        int calls = 8;
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                Callable<Integer> put = () -> as(coordinator).body(entry()).put("/api/directory/" + alias)
                        .statusCode();
                answers.add(pool.submit(put));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            Log.infof("directory: %d parallel creates of one entry -> %s", calls, statuses);
            assertThat(statuses).containsOnlyOnce(201).doesNotContain(500)
                    .allMatch(s -> s == 201 || s == 409 || s == 428);
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Object> entry() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Welzijn " + alias);
        body.put("description", "Ouderenadvies, mantelzorgondersteuning en dagbesteding.");
        body.put("offers", List.of(
                Map.of("theme", "health", "kernen", List.of("breukelen", "maarssen-dorp"), "summary",
                        "Ouderenadviseur op huisbezoek"),
                Map.of("theme", "caregiver", "kernen", List.of(), "summary", "Steunpunt mantelzorg")));
        body.put("openingHours", List.of(Map.of("day", "MONDAY", "from", "09:00", "until", "12:30"),
                Map.of("day", "THURSDAY", "from", "13:00", "until", "17:00")));
        body.put("openingNote", "Huisbezoek op afspraak");
        body.put("contact", Map.of("phone", "0346 123 456", "email", "info@" + alias + ".example", "website",
                "https://" + alias + ".example", "addressLine", "Straatweg 12, Breukelen"));
        return body;
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = entry();
        body.put(field, value);
        return body;
    }
}
