package nl.talentenbureau.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class OpenApiMergerTest {

    private static JsonObject document(String path, String schema, JsonObject problem) {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("paths", new JsonObject().put(path, new JsonObject().put("get", new JsonObject())))
                .put("components", new JsonObject().put("schemas",
                        new JsonObject().put("Problem", problem).put(schema, new JsonObject().put("type", "object"))));
    }

    private static final JsonObject PROBLEM = new JsonObject().put("type", "object");

    @Test
    void pathsAndComponentsOfEveryServiceAreMergedAndSharedOnesKeptOnce() {
        JsonObject merged = OpenApiMerger.merge(List.of(
                new OpenApiMerger.ServiceDocument("volunteer-service", document("/api/volunteers", "VolunteerView",
                        PROBLEM)),
                new OpenApiMerger.ServiceDocument("request-service", document("/api/requests", "RequestView",
                        PROBLEM))),
                List.of("matching-service"), URI.create("https://api.example"), "https://kc/.well-known");

        assertThat(merged.getJsonObject("paths").fieldNames()).containsExactlyInAnyOrder("/api/volunteers",
                "/api/requests");
        assertThat(merged.getJsonObject("components").getJsonObject("schemas").fieldNames())
                .containsExactlyInAnyOrder("Problem", "VolunteerView", "RequestView");
        assertThat(merged.getJsonArray("servers").size()).isEqualTo(1);
        assertThat(merged.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("https://api.example");
        assertThat(merged.getJsonArray(OpenApiMerger.UNAVAILABLE).getList()).containsExactly("matching-service");
        assertThat(merged.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("oidc")
                .getString("openIdConnectUrl")).isEqualTo("https://kc/.well-known");
    }

    /** The feeds and operator endpoints are documented by each service, never in the public document. */
    @Test
    void noInternalOperationReachesTheMergedDocument() {
        JsonObject volunteers = document("/api/volunteers", "VolunteerView", PROBLEM);
        volunteers.getJsonObject("paths").put("/internal/events", new JsonObject().put("get", new JsonObject()))
                .put("/internal/feeds/{feed}/quarantine/{seq}", new JsonObject().put("delete", new JsonObject()))
                .put("/apiary", new JsonObject().put("get", new JsonObject()));

        JsonObject merged = OpenApiMerger.merge(List.of(new OpenApiMerger.ServiceDocument("volunteer-service",
                volunteers)), List.of(), URI.create("https://api.example"), "https://kc/.well-known");

        assertThat(merged.getJsonObject("paths").fieldNames()).containsExactly("/api/volunteers");
    }

    @Test
    void aConflictingComponentKeepsTheFirstDefinition() {
        JsonObject other = new JsonObject().put("type", "string");
        JsonObject merged = OpenApiMerger.merge(List.of(
                new OpenApiMerger.ServiceDocument("volunteer-service", document("/api/volunteers", "A", PROBLEM)),
                new OpenApiMerger.ServiceDocument("request-service", document("/api/requests", "B", other))),
                List.of(), URI.create("http://localhost:8080"), "x");

        assertThat(merged.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem"))
                .isEqualTo(PROBLEM);
    }

    @Test
    void everyOperationNamesTheGatewaysOwnAnswersToARequestOverItsLimitsAndItsRateLimit() {
        JsonObject volunteers = document("/api/volunteers", "VolunteerView", PROBLEM);
        volunteers.getJsonObject("paths").getJsonObject("/api/volunteers").put("post", new JsonObject()
                .put("requestBody", new JsonObject().put("content", new JsonObject()))
                .put("responses", new JsonObject().put("201", new JsonObject().put("description", "Created"))));

        JsonObject merged = OpenApiMerger.merge(List.of(new OpenApiMerger.ServiceDocument("volunteer-service",
                volunteers)), List.of(), URI.create("https://api.example"), "https://kc/.well-known");

        JsonObject path = merged.getJsonObject("paths").getJsonObject("/api/volunteers");
        for (String method : List.of("get", "post")) {
            JsonObject responses = path.getJsonObject(method).getJsonObject("responses");
            assertThat(responses.fieldNames()).contains("414", "431", "429");
            assertThat(responses.getJsonObject("414").getString("description")).contains("4000 characters");
            assertThat(responses.getJsonObject("431").getJsonObject("content")
                    .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"))
                    .isEqualTo("#/components/schemas/Problem");
        }
        assertThat(path.getJsonObject("post").getJsonObject("responses").fieldNames()).contains("201", "413");
        assertThat(path.getJsonObject("get").getJsonObject("responses").fieldNames()).doesNotContain("413");
    }
}
