package nl.talentenbureau.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Reads the event feed the way a consumer does: from a cursor, in pages. */
public final class Feed {

    private Feed() {
    }

    /** The current end of the feed, to read only what a test adds after it. */
    public static long head() {
        long cursor = 0;
        while (true) {
            JsonPath page = given().auth().oauth2(Tokens.service()).queryParam("after", cursor)
                    .queryParam("limit", 1000)
                    .get("/internal/events").then().statusCode(200).extract().jsonPath();
            long next = page.getLong("next");
            if (next == cursor) {
                return cursor;
            }
            cursor = next;
        }
    }

    /** Every event after {@code cursor} up to the end of the feed. */
    public static List<Map<String, Object>> eventsAfter(long cursor) {
        return eventsAfter(cursor, List.of());
    }

    /** Every event of the given aggregate types after {@code cursor}, read with the feed's own filter. */
    public static List<Map<String, Object>> eventsAfter(long cursor, String aggregateType, String... more) {
        List<String> types = new ArrayList<>(List.of(more));
        types.addFirst(aggregateType);
        return eventsAfter(cursor, types);
    }

    private static List<Map<String, Object>> eventsAfter(long cursor, List<String> aggregateTypes) {
        List<Map<String, Object>> events = new ArrayList<>();
        while (true) {
            RequestSpecification request = given().auth().oauth2(Tokens.service()).queryParam("after", cursor)
                    .queryParam("limit", 1000);
            if (!aggregateTypes.isEmpty()) {
                request = request.queryParam("aggregateType", aggregateTypes);
            }
            JsonPath page = request.get("/internal/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> batch = page.getList("events");
            if (batch.isEmpty()) {
                return events;
            }
            events.addAll(batch);
            cursor = page.getLong("next");
        }
    }

    public static String rawPageAfter(long cursor) {
        return given().auth().oauth2(Tokens.service()).queryParam("after", cursor).queryParam("limit", 1000)
                .get("/internal/events")
                .then().statusCode(200).extract().asString();
    }
}
