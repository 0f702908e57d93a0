package nl.talentenbureau.volunteer.feed;

import static nl.talentenbureau.volunteer.support.Api.anonymous;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

/** The summary is what a consumer that applied the whole feed (as matching-service's projection does) computes. */
@QuarkusTest
class FeedSummaryTest {

    @Test
    void theSummaryIsWhatAConsumerOfTheWholeFeedComputes() throws Exception {
        String coordinator = Tokens.coordinator("kwadraad");
        UUID kept = created(coordinator, aVolunteer());
        UUID erased = created(coordinator, aVolunteer());
        created(coordinator, aVolunteer());
        // a change through another path than the profile itself: the version moves, and so must the feed's
        as(Tokens.coordinator("library")).put("/api/volunteers/" + kept + "/memberships/library").then()
                .statusCode(200);
        as(Tokens.admin()).delete("/api/volunteers/" + erased).then().statusCode(204);

        JsonPath summary = as(Tokens.service()).get("/internal/volunteers/summary").then().statusCode(200)
                .extract().jsonPath();

        // a consumer: upsert on every volunteer snapshot, delete on VolunteerErased
        Map<String, Long> projection = new TreeMap<>();
        for (Map<String, Object> event : Feed.eventsAfter(0)) {
            String type = (String) event.get("type");
            if (!"volunteer".equals(event.get("aggregateType")) || type == null || !type.startsWith("Volunteer")) {
                continue;
            }
            String id = (String) event.get("aggregateId");
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = (Map<String, Object>) event.get("payload");
            if ("VolunteerErased".equals(type)) {
                projection.remove(id);
            } else if (payload.get("version") != null) {
                projection.put(id, ((Number) payload.get("version")).longValue());
            }
        }
        String lines = projection.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining("\n"));
        String checksum = HexFormat.of()
                .formatHex(MessageDigest.getInstance("MD5").digest(lines.getBytes(StandardCharsets.UTF_8)));
        Log.infof("volunteer summary: %d volunteers, checksum %s; feed projection %d volunteers, checksum %s",
                summary.getLong("count"), summary.getString("checksum"), projection.size(), checksum);

        assertThat(projection).containsKey(kept.toString()).doesNotContainKey(erased.toString());
        assertThat(projection.get(kept.toString())).isPositive();
        assertThat(summary.getLong("count")).isEqualTo(projection.size());
        assertThat(summary.getString("checksum")).isEqualTo(checksum);
    }

    @Test
    void theSummaryIsForServicesOnly() {
        problem(anonymous().get("/internal/volunteers/summary").then(), 401, "unauthenticated");
        for (String token : List.of(Tokens.coordinator("kwadraad"), Tokens.volunteer("v-" + UUID.randomUUID()),
                Tokens.partner("kwadraad"), Tokens.admin())) {
            problem(as(token).get("/internal/volunteers/summary").then(), 403, "forbidden");
        }
    }
}
