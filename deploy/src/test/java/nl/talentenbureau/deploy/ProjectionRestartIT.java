package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 4's must-show: matching-service catches up after a restart. While it is down, volunteers are created,
 * changed and erased through the gateway; once it is healthy again, its projection summary must equal
 * volunteer-service's within 10 seconds.
 * <p>
 * Contract of the summaries (both role {@code service}): volunteer-service {@code GET /internal/volunteers/summary}
 * answers {@code {"count": N, "checksum": "hex"}}; matching-service {@code GET /internal/projection/summary} answers
 * {@code {"volunteers": {"count", "checksum"}, "requests": {...}, "cursors": {...}}}. Until both exist (404) the test
 * is skipped.
 */
class ProjectionRestartIT {

    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(10);

    @Test
    void matchingCatchesUpWithVolunteerChangesMadeWhileItWasDown() {
        Api api = ItStack.api();
        String service = api.token(DemoAccounts.MATCHING_SERVICE);
        String volunteerSummary = ItStack.url(LocalStack.VOLUNTEER_SERVICE) + "/internal/volunteers/summary";
        String projectionSummary = ItStack.url("matching-service") + "/internal/projection/summary";
        assumeFalse(api.get(volunteerSummary, service).status() == 404,
                "volunteer-service has no /internal/volunteers/summary yet");
        assumeFalse(api.get(projectionSummary, service).status() == 404,
                "matching-service has no /internal/projection/summary yet");

        String coordinator = api.token(DemoAccounts.COORDINATOR_WELZIJN);
        String admin = api.token(DemoAccounts.ADMIN);
        List<DemoData.Talent> catalogue = DemoData.catalogue(api, ItStack.gateway(), coordinator);
        List<DemoData.Planned> plan = DemoData.plan(DemoData.SEED + 4, 10, catalogue);
        List<String> existing = new ArrayList<>();
        for (JsonNode item : api.get(gateway("/api/volunteers?size=5&kern=maarssenbroek&status=ACTIVE"),
                coordinator).expect(200, "volunteers").json().path("items")) {
            existing.add(item.path("id").asText());
        }
        assertThat(existing).hasSize(5);

        LocalStack stack = ItStack.get();
        stack.stopService("matching-service");
        try {
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Map<String, Object> body = new LinkedHashMap<>(plan.get(i).body());
                body.put("email", "it-restart-" + Journey.unique() + "@example.org");
                created.add(api.post(gateway("/api/volunteers"), coordinator, body).expect(201, "create").json()
                        .path("id").asText());
            }
            for (int i = 0; i < 5; i++) {
                Map<String, Object> body = new LinkedHashMap<>(plan.get(5 + i).body());
                body.put("email", "it-restart-" + Journey.unique() + "@example.org");
                api.call("PUT", gateway("/api/volunteers/" + existing.get(i)), coordinator, Map.of("If-Match", "*"),
                        body).expect(200, "update");
            }
            api.call("DELETE", gateway("/api/volunteers/" + created.getFirst()), admin, Map.of(), null)
                    .expect(204, "erase");
        } finally {
            // with the defaults, so the figure is what a deployment gets
            stack.startService("matching-service", Map.of());
        }
        Instant healthy = Instant.now();

        JsonNode expected = null;
        JsonNode actual = null;
        Instant deadline = healthy.plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            expected = api.get(volunteerSummary, service).expect(200, "volunteer summary").json();
            actual = api.get(projectionSummary, service).expect(200, "projection summary").json()
                    .path("volunteers");
            if (expected.path("count").equals(actual.path("count"))
                    && expected.path("checksum").equals(actual.path("checksum"))) {
                break;
            }
            Processes.sleep(Duration.ofMillis(200));
        }
        Duration took = Duration.between(healthy, Instant.now());
        System.out.printf("projection restart: matching-service healthy -> summaries equal in %.1f s%n",
                took.toMillis() / 1000.0);
        assertThat(actual).as("projection summary vs volunteer-service's").isNotNull();
        assertThat(actual.path("count")).isEqualTo(expected.path("count"));
        assertThat(actual.path("checksum")).isEqualTo(expected.path("checksum"));
        assertThat(took).isLessThanOrEqualTo(CATCH_UP_LIMIT);

        // and the requests: matching's projected requests equal request-service's
        JsonNode requests = api.get(ItStack.url("request-service") + "/internal/requests/summary", service)
                .expect(200, "request summary").json();
        String projected = Journey.await("matching's projected requests", CATCH_UP_LIMIT,
                requests.path("checksum").asText(), () -> api.get(projectionSummary, service)
                        .expect(200, "projection summary").json().path("requests").path("checksum").asText());
        System.out.printf("projection restart: %d volunteers and %d requests equal to the sources (checksums %s, %s)%n",
                actual.path("count").asLong(), requests.path("count").asLong(), actual.path("checksum").asText(),
                projected);
    }
}
