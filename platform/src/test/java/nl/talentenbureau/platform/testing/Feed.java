package nl.talentenbureau.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

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
        List<Map<String, Object>> events = new ArrayList<>();
        while (true) {
            JsonPath page = given().auth().oauth2(Tokens.service()).queryParam("after", cursor)
                    .queryParam("limit", 1000)
                    .get("/internal/events").then().statusCode(200).extract().jsonPath();
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
