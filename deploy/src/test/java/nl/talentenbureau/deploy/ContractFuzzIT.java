package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static nl.talentenbureau.deploy.Journey.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fuzz from the contract: every operation of the gateway's merged OpenAPI document, as each role, with inputs made
 * from its schemas, valid and mutated (missing, extra and wrong-typed fields, numbers out of range, strings too long,
 * bad enums and UUIDs, wrong or missing headers, bodies that are no JSON). Every answer is checked against the same
 * document ({@code swagger-request-validator}): its status is documented and its body fits the schema; every 4xx and
 * 5xx is problem+json; none is 5xx; and a refused write changes no row in any service database (counted once the
 * feeds have settled after the last accepted write). The seed is printed and {@code -Dfuzz.seed=} replays a run;
 * {@code -Dfuzz.calls=} sets the calls per operation (all roles together). At the end the fuzz erases, cancels,
 * deletes and retires what its accepted calls created, so the ITs that run after it in the same stack find the demo
 * data as they expect it.
 */
class ContractFuzzIT {

    /**
     * Calls per operation, over all roles; the mutated ones first, then the valid ones. 60 keeps the fuzz near 3
     * minutes on the 2-core machine (200, the figure, took 10 minutes: {@code -Dfuzz.calls=200}).
     */
    private static final int CALLS = Integer.getInteger("fuzz.calls", 60);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_202L);
    private static final int VALID_PER_ROLE = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> WRITES = List.of("POST", "PUT", "DELETE", "PATCH");

    enum Role {
        ANONYMOUS,
        VOLUNTEER,
        COORDINATOR,
        PARTNER,
        ADMIN
    }

    record Operation(String method, String path, JsonNode spec) {

        String name() {
            return method + " " + path;
        }
    }

    /** One call as sent: for the failure message. */
    record Sent(String method, String path, Map<String, String> headers, String body, String mutation) {
    }

    private final Random random = new Random(SEED);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> findings = new ArrayList<>();
    private final Map<Role, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> realIds = new LinkedHashMap<>();
    private JsonNode document;
    private int fiveHundreds;
    private int violations;
    private int changedRows;

    @Test
    void everyAnswerFollowsTheDocumentNoneIs5xxAndARefusalChangesNoRow() throws Exception {
        System.out.printf("contract fuzz: seed %d (-Dfuzz.seed=%d replays), %d calls per operation%n", SEED, SEED,
                CALLS);
        Api api = ItStack.api();
        tokens.put(Role.ANONYMOUS, null);
        // the volunteer is a stand-in with a profile of its own: a fuzzed DELETE /me erases nobody of the demo
        DemoAccounts.User standIn = new KeycloakAdmin(ItStack.get().keycloak()).createUser("it-fuzz-" + unique(),
                "volunteer");
        String volunteer = api.token(standIn);
        api.post(gateway("/api/volunteers/me"), volunteer, DemoData.ownProfile(standIn, "vreeland",
                List.of("gardening"), List.of("practical"))).expect(201, "stand-in registers");
        tokens.put(Role.VOLUNTEER, volunteer);
        String coordinator = api.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        tokens.put(Role.COORDINATOR, coordinator);
        tokens.put(Role.PARTNER, api.token(DemoAccounts.PARTNER_HANDJEHELPEN));
        tokens.put(Role.ADMIN, api.token(DemoAccounts.ADMIN));
        // real objects of the fuzz's own, so a path parameter sometimes names something that exists
        realIds.put("/api/requests/", Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, Journey.requestForMany()));
        realIds.put("/api/volunteers/", api.get(gateway("/api/volunteers/me"), volunteer)
                .expect(200, "stand-in's profile").json().path("id").asText());

        document = api.get(gateway("/openapi"), null).expect(200, "merged OpenAPI").json();
        ObjectNode forValidator = document.deepCopy();
        forValidator.remove("servers");
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(JSON.writeValueAsString(forValidator)).build();
        List<Operation> operations = operations();
        boolean subscribed = api.get(gateway("/api/notifications/subscription"), coordinator).status() == 200;

        int calls = 0;
        long begin = System.nanoTime();
        long quarantinedBefore;
        long quarantinedAfter;
        try (Databases databases = new Databases(ItStack.get().postgres())) {
            Created before = Created.in(databases);
            quarantinedBefore = Databases.quarantined(databases.settled());
            try {
                for (Operation operation : operations) {
                    calls += fuzz(operation, validator, databases);
                }
            } finally {
                if (subscribed) {
                    // the coordinator's subscription is the demo's: a fuzzed DELETE may have ended it
                    api.put(gateway("/api/notifications/subscription"), api.token(
                            DemoAccounts.COORDINATOR_HANDJEHELPEN));
                }
                tidyUp(api, databases, before);
            }
            quarantinedAfter = Databases.quarantined(databases.settled());
        }
        String figure = String.format("%d operations x %d roles, %d calls: %d 5xx, %d contract violations, "
                + "%d changed rows on refusal", operations.size(), Role.values().length, calls, fiveHundreds,
                violations, changedRows);
        System.out.println(figure);
        System.out.printf("contract fuzz took %d s; events set aside in a feed's quarantine meanwhile: %d%n",
                Duration.ofNanos(System.nanoTime() - begin).toSeconds(), quarantinedAfter - quarantinedBefore);
        // an event a consumer could not apply is a defect even when it fell between two comparisons (stop 21)
        assertThat(quarantinedAfter - quarantinedBefore).as("events set aside in a feed's quarantine").isZero();
        assertThat(findings).as(figure + "; the first 20 findings:\n" + String.join("\n",
                findings.subList(0, Math.min(20, findings.size())))).isEmpty();
    }

    /** What the fuzz's accepted calls made, found as the ids its databases have more than before. */
    record Created(Set<String> volunteers, Set<String> requests, Set<String> webhooks, Set<String> talents,
            Set<String> trainings) {

        static Created in(Databases databases) throws SQLException {
            return new Created(databases.column("volunteer", "select id::text from volunteer where erased_at is null"),
                    databases.column("request", "select id::text from help_request where status in "
                            + "('OPEN', 'MATCHED', 'IN_PROGRESS')"),
                    databases.column("request", "select id::text from webhook"),
                    databases.column("volunteer", "select code from talent where retired_at is null"),
                    databases.column("volunteer", "select code from training where retired_at is null"));
        }
    }

    /**
     * Leaves the shared stack as the other ITs expect it (they run after this one in the same stack): the volunteers
     * the fuzz registered (in the demo's kernen with the demo's talents, so candidates that could outrank a story's)
     * and its stand-in are erased, its open requests cancelled, its webhooks deleted, its talents and trainings
     * retired; then the feeds settle.
     */
    private void tidyUp(Api api, Databases databases, Created before) throws Exception {
        Created after = Created.in(databases);
        String standIn = realIds.get("/api/volunteers/");
        String admin = api.token(DemoAccounts.ADMIN);
        String partner = api.token(DemoAccounts.PARTNER_HANDJEHELPEN);
        Map<String, String> anyVersion = Map.of("If-Match", "*");
        Set<String> volunteers = new TreeSet<>(minus(after.volunteers(), before.volunteers()));
        if (standIn != null && after.volunteers().contains(standIn)) {
            volunteers.add(standIn);
        }
        for (String volunteer : volunteers) {
            api.call("DELETE", gateway("/api/volunteers/" + volunteer), admin, anyVersion, null);
        }
        // the fuzz's own request was made before the first count
        Set<String> requests = new TreeSet<>(minus(after.requests(), before.requests()));
        if (after.requests().contains(realIds.get("/api/requests/"))) {
            requests.add(realIds.get("/api/requests/"));
        }
        for (String request : requests) {
            api.call("POST", gateway("/api/requests/" + request + "/status"), partner, anyVersion,
                    Map.of("status", "CANCELLED"));
        }
        for (String webhook : minus(after.webhooks(), before.webhooks())) {
            api.call("DELETE", gateway("/api/webhooks/" + webhook), partner, anyVersion, null);
        }
        for (String talent : minus(after.talents(), before.talents())) {
            api.call("POST", gateway("/api/catalog/talents/" + talent + "/retire"), admin, anyVersion, null);
        }
        for (String training : minus(after.trainings(), before.trainings())) {
            api.call("POST", gateway("/api/catalog/trainings/" + training + "/retire"), admin, anyVersion, null);
        }
        databases.settled();
        Created left = Created.in(databases);
        assertThat(minus(left.volunteers(), before.volunteers())).as("volunteers the fuzz left").isEmpty();
        assertThat(minus(left.requests(), before.requests())).as("open requests the fuzz left").isEmpty();
        assertThat(left.requests()).as("the fuzz's own request").doesNotContain(realIds.get("/api/requests/"));
        assertThat(minus(left.webhooks(), before.webhooks())).as("webhooks the fuzz left").isEmpty();
        assertThat(minus(left.talents(), before.talents())).as("talents the fuzz left").isEmpty();
        assertThat(minus(left.trainings(), before.trainings())).as("trainings the fuzz left").isEmpty();
    }

    private static Set<String> minus(Set<String> all, Set<String> known) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(known);
        return rest;
    }

    private int fuzz(Operation operation, OpenApiInteractionValidator validator, Databases databases)
            throws Exception {
        int perRole = Math.max(VALID_PER_ROLE + 1, CALLS / Role.values().length);
        List<Map.Entry<Role, Sent>> mutated = new ArrayList<>();
        List<Map.Entry<Role, Sent>> valid = new ArrayList<>();
        for (Role role : Role.values()) {
            for (int i = 0; i < perRole; i++) {
                Sent sent = i < VALID_PER_ROLE ? valid(operation) : mutated(operation);
                (i < VALID_PER_ROLE ? valid : mutated).add(Map.entry(role, sent));
            }
        }
        boolean write = WRITES.contains(operation.method());
        Map<String, Long> before = write ? databases.settled() : null;
        for (Map.Entry<Role, Sent> call : mutated) {
            HttpResponse<String> answer = send(operation, call.getKey(), call.getValue());
            if (answer == null) {
                continue;
            }
            check(operation, call.getKey(), call.getValue(), answer, validator);
            if (!write) {
                continue;
            }
            if (answer.statusCode() >= 400) {
                Map<String, Long> after = databases.counts();
                Map<String, String> changed = Databases.diff(before, after);
                if (!changed.isEmpty()) {
                    changedRows++;
                    finding(operation, call.getKey(), call.getValue(), answer.statusCode(), "refused but rows "
                            + "changed: " + changed);
                }
                before = after;
            } else {
                // a call that went through: its effects (and the feeds') settle before the next comparison
                before = databases.settled();
            }
        }
        for (Map.Entry<Role, Sent> call : valid) {
            HttpResponse<String> answer = send(operation, call.getKey(), call.getValue());
            if (answer != null) {
                check(operation, call.getKey(), call.getValue(), answer, validator);
            }
        }
        return mutated.size() + valid.size();
    }

    private void check(Operation operation, Role role, Sent sent, HttpResponse<String> answer,
            OpenApiInteractionValidator validator) {
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            fiveHundreds++;
            finding(operation, role, sent, status, "5xx: " + abbreviate(answer.body()));
        }
        List<String> problems = new ArrayList<>();
        if (status >= 400 && !type.startsWith("application/problem+json")) {
            problems.add("an error as " + type + " instead of application/problem+json");
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(answer.body());
        if (!type.isEmpty()) {
            response.withContentType(type);
        }
        ValidationReport report = validator.validateResponse(operation.path(),
                Request.Method.valueOf(operation.method()), response.build());
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> problems.add(m.getKey() + ": " + m.getMessage()));
        if (!problems.isEmpty()) {
            violations++;
            finding(operation, role, sent, status, String.join("; ", problems) + " | " + abbreviate(answer.body()));
        }
    }

    private void finding(Operation operation, Role role, Sent sent, int status, String problem) {
        findings.add(operation.name() + ": " + problem + " [as " + role + ", " + sent.mutation() + ": "
                + sent.method() + " " + abbreviate(sent.path()) + " " + sent.headers().keySet() + " "
                + abbreviate(sent.body()) + " -> " + status + "]");
    }

    /** The answer, or null (a finding) when the connection closed without one. */
    private HttpResponse<String> send(Operation operation, Role role, Sent sent) throws Exception {
        try {
            return http.send(request(role, sent), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            violations++;
            finding(operation, role, sent, 0, "no answer: " + e);
            return null;
        }
    }

    private HttpRequest request(Role role, Sent sent) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway(sent.path())))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (tokens.get(role) != null) {
            builder.header("Authorization", "Bearer " + tokens.get(role));
        }
        sent.headers().forEach(builder::header);
        builder.method(sent.method(), sent.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(sent.body()));
        return builder.build();
    }

    // --- the inputs

    /** A call with every parameter, header and body field made valid from the schema. */
    private Sent valid(Operation operation) {
        return build(operation, null);
    }

    private static final List<String> MUTATIONS = List.of("path parameter", "query parameter", "missing query",
            "extra query", "missing field", "extra field", "wrong type", "out of range", "too long", "bad enum",
            "null field", "not JSON", "JSON array", "empty body", "no Content-Type", "text/plain", "If-Match garbage",
            "no If-Match", "Idempotency-Key too long", "no Idempotency-Key");

    private Sent mutated(Operation operation) {
        return build(operation, MUTATIONS.get(random.nextInt(MUTATIONS.size())));
    }

    private Sent build(Operation operation, String mutation) {
        JsonNode spec = operation.spec();
        String path = operation.path();
        List<String> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : parameters(operation)) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            String in = parameter.path("in").asText();
            boolean required = parameter.path("required").asBoolean(false);
            switch (in) {
                case "path" -> {
                    String value = "path parameter".equals(mutation) ? badPathValue() : pathValue(operation, schema);
                    path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
                case "query" -> {
                    if ("missing query".equals(mutation) && required) {
                        continue;
                    }
                    if (!required && random.nextInt(3) == 0 && !"query parameter".equals(mutation)) {
                        continue;
                    }
                    String value = "query parameter".equals(mutation) ? badScalar(schema) : scalar(schema);
                    query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
                case "header" -> {
                    if (name.equalsIgnoreCase("If-Match")) {
                        if (!"no If-Match".equals(mutation)) {
                            headers.put(name, "If-Match garbage".equals(mutation)
                                    ? "garbage-" + random.nextInt()
                                    : "*");
                        }
                    } else if (name.equalsIgnoreCase("Idempotency-Key")) {
                        if (!"no Idempotency-Key".equals(mutation)) {
                            headers.put(name, "Idempotency-Key too long".equals(mutation)
                                    ? "k".repeat(300)
                                    : "fuzz-" + UUID.randomUUID());
                        }
                    } else if (required || random.nextBoolean()) {
                        headers.put(name, scalar(schema));
                    }
                }
                default -> {
                }
            }
        }
        if ("extra query".equals(mutation)) {
            query.add("fuzz" + random.nextInt(100) + "=" + random.nextInt());
        }
        String body = null;
        JsonNode content = spec.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode schema = resolve(content.path("application/json").path("schema"));
            JsonNode value = value(schema, 0);
            body = switch (mutation == null ? "" : mutation) {
                case "missing field", "extra field", "wrong type", "out of range", "too long", "bad enum",
                        "null field" ->
                    mutate(value, schema, mutation).toString();
                case "not JSON" -> "{\"" + random.nextInt() + ": [";
                case "JSON array" -> "[" + value + "]";
                case "empty body" -> "";
                default -> value.toString();
            };
            if ("text/plain".equals(mutation)) {
                headers.put("Content-Type", "text/plain");
            } else if (!"no Content-Type".equals(mutation)) {
                headers.put("Content-Type", "application/json");
            }
        } else if (mutation != null && List.of("extra field", "not JSON", "JSON array").contains(mutation)
                && !"GET".equals(
                        operation.method())) {
            // a body where the operation takes none
            body = "{\"fuzz\": " + random.nextInt() + "}";
            headers.put("Content-Type", "application/json");
        }
        String target = query.isEmpty() ? path : path + "?" + String.join("&", query);
        return new Sent(operation.method(), target, headers, body, mutation == null ? "valid" : mutation);
    }

    private String pathValue(Operation operation, JsonNode schema) {
        for (Map.Entry<String, String> real : realIds.entrySet()) {
            if (operation.path().startsWith(real.getKey() + "{") && random.nextBoolean()) {
                return real.getValue();
            }
        }
        return scalar(schema);
    }

    private String badPathValue() {
        List<String> bad = List.of("not-a-uuid", "12345", "x".repeat(300), "00000000-0000-0000-0000-00000000000g",
                "-1", "%", "' or 1=1 --", "\u00e9\u00e8");
        return bad.get(random.nextInt(bad.size()));
    }

    /** A valid parameter value as text. */
    private String scalar(JsonNode schema) {
        JsonNode value = value(schema, 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private String badScalar(JsonNode schema) {
        String type = type(schema);
        List<String> bad = new ArrayList<>(List.of("x".repeat(5000), "", "%00"));
        if (type.equals("integer") || type.equals("number")) {
            bad.addAll(List.of("abc", "-1", "1e40", "99999999999999999999", "1.5"));
            if (schema.has("minimum")) {
                bad.add(String.valueOf(schema.path("minimum").asLong() - 1));
            }
            if (schema.has("maximum")) {
                bad.add(String.valueOf(schema.path("maximum").asLong() + 1));
            }
        } else if (schema.has("enum")) {
            bad.add("NO_SUCH_VALUE");
        } else if ("uuid".equals(schema.path("format").asText())) {
            bad.addAll(List.of("not-a-uuid", "1234"));
        } else if ("date".equals(schema.path("format").asText())) {
            bad.addAll(List.of("2025-13-45", "yesterday"));
        } else if (type.equals("boolean")) {
            bad.add("maybe");
        }
        return bad.get(random.nextInt(bad.size()));
    }

    /** A value that fits the schema, made with the seeded random. */
    private JsonNode value(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example") && random.nextBoolean()) {
            return schema.path("example");
        }
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size()));
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combined)) {
                return value(schema.path(combined).get(0), depth);
            }
        }
        String format = schema.path("format").asText();
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p
                            .hasNext();) {
                        Map.Entry<String, JsonNode> property = p.next();
                        boolean required = contains(schema.path("required"), property.getKey());
                        if (required || random.nextInt(4) != 0) {
                            object.set(property.getKey(), value(property.getValue(), depth + 1));
                        }
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int min = schema.path("minItems").asInt(0);
                int max = Math.min(schema.path("maxItems").asInt(3), min + 3);
                int size = min + random.nextInt(Math.max(1, max - min + 1));
                for (int i = 0; i < size && depth < 4; i++) {
                    array.add(value(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> {
                long min = schema.has("minimum") ? schema.path("minimum").asLong() : 0;
                long max = schema.has("maximum") ? schema.path("maximum").asLong() : min + 100;
                yield NODES.numberNode(min + (long) (random.nextDouble() * (max - min)));
            }
            case "number" -> {
                double min = schema.has("minimum") ? schema.path("minimum").asDouble() : 0;
                double max = schema.has("maximum") ? schema.path("maximum").asDouble() : min + 100;
                yield NODES.numberNode(Math.round((min + random.nextDouble() * (max - min)) * 2) / 2.0);
            }
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(switch (format) {
                case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
                case "date" -> "2030-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9);
                case "date-time" -> "2030-05-1" + random.nextInt(9) + "T10:00:00Z";
                case "email" -> "fuzz-" + random.nextInt(100_000) + "@example.org";
                case "uri", "url" -> "https://example.org/fuzz/" + random.nextInt(1000);
                default -> text(schema);
            });
        };
    }

    private String text(JsonNode schema) {
        int min = schema.path("minLength").asInt(1);
        int max = Math.min(schema.path("maxLength").asInt(min + 12), min + 12);
        int length = min + random.nextInt(Math.max(1, max - min + 1));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** The valid body with one of its fields spoilt in the way {@code mutation} names. */
    private JsonNode mutate(JsonNode value, JsonNode schema, String mutation) {
        if (!(value instanceof ObjectNode object)) {
            return "wrong type".equals(mutation) ? NODES.textNode("fuzz") : NODES.objectNode().put("fuzz", 1);
        }
        ObjectNode copy = object.deepCopy();
        List<String> fields = new ArrayList<>();
        copy.fieldNames().forEachRemaining(fields::add);
        if ("extra field".equals(mutation) || fields.isEmpty()) {
            copy.put("fuzz" + random.nextInt(100), random.nextInt());
            return copy;
        }
        String field = fields.get(random.nextInt(fields.size()));
        JsonNode property = resolve(schema.path("properties").path(field));
        switch (mutation) {
            case "missing field" -> {
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                copy.remove(required.isEmpty() ? field : required.get(random.nextInt(required.size())));
            }
            case "wrong type" -> copy.set(field, switch (type(property)) {
                case "string" -> NODES.numberNode(random.nextInt(1000));
                case "array" -> NODES.textNode("fuzz");
                case "object" -> NODES.arrayNode().add(1);
                default -> NODES.textNode("fuzz" + random.nextInt(10));
            });
            case "out of range" -> copy.set(field, switch (type(property)) {
                case "integer", "number" -> NODES.numberNode(random.nextBoolean()
                        ? property.path("maximum").asLong(1_000_000_000L) + 1
                        : property.path("minimum").asLong(-1_000_000_000L) - 1);
                case "array" -> {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < property.path("maxItems").asInt(500) + 1; i++) {
                        many.add(value(property.path("items"), 3));
                    }
                    yield many;
                }
                default -> NODES.textNode("2030-02-30");
            });
            case "too long" -> copy.put(field, "x".repeat(property.path("maxLength").asInt(10_000) + 1));
            case "bad enum" -> copy.put(field, "NO_SUCH_VALUE");
            case "null field" -> copy.putNull(field);
            default -> {
            }
        }
        return copy;
    }

    // --- the document

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    private List<JsonNode> parameters(Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        document.path("paths").path(operation.path()).path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.spec().path("parameters").forEach(p -> parameters.add(resolve(p)));
        return parameters;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String[] parts = node.path("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    /** Row counts of every table of every service database, over one connection per database. */
    static final class Databases implements AutoCloseable {

        private static final Duration QUIET = Duration.ofMillis(500);
        /** Far longer than a follower at the head needs (a commit wakes its long-poll): past it one is stuck. */
        private static final Duration AT_MOST = Duration.ofSeconds(30);

        private final Map<String, Connection> connections = new TreeMap<>();
        private final Map<String, String> countQueries = new TreeMap<>();

        Databases(Postgres postgres) throws SQLException {
            try (Connection admin = DriverManager.getConnection(postgres.jdbcBase() + "postgres", "postgres", "");
                    Statement statement = admin.createStatement();
                    ResultSet names = statement.executeQuery(
                            "select datname from pg_database where not datistemplate and datname <> 'postgres'")) {
                while (names.next()) {
                    connections.put(names.getString(1), null);
                }
            }
            for (String database : List.copyOf(connections.keySet())) {
                Connection connection = DriverManager.getConnection(postgres.jdbcBase() + database, "postgres", "");
                connections.put(database, connection);
                List<String> counts = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                        ResultSet tables = statement.executeQuery("""
                                select quote_ident(table_schema) || '.' || quote_ident(table_name)
                                from information_schema.tables where table_type = 'BASE TABLE'
                                and table_schema not in ('pg_catalog', 'information_schema') order by 1""")) {
                    while (tables.next()) {
                        String table = tables.getString(1);
                        counts.add("select '" + table.replace("'", "''") + "', count(*) from " + table);
                    }
                }
                if (!counts.isEmpty()) {
                    countQueries.put(database, String.join(" union all ", counts));
                }
            }
        }

        Map<String, Long> counts() throws SQLException {
            Map<String, Long> counts = new TreeMap<>();
            for (Map.Entry<String, String> query : countQueries.entrySet()) {
                try (Statement statement = connections.get(query.getKey()).createStatement();
                        ResultSet rows = statement.executeQuery(query.getValue())) {
                    while (rows.next()) {
                        counts.put(query.getKey() + "." + rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return counts;
        }

        /**
         * Counts that stayed the same for {@link #QUIET} while every follower had caught up with its source
         * ({@link #behind()}: also a chain of them, an erasure reaches notification-service through matching). Quiet
         * counts alone were not enough: under load a follower had not polled yet when 500 ms had passed, and an
         * accepted erasure's row arrived during the next, refused call. A follower still behind after
         * {@link #AT_MOST} is a finding of its own (stop 21: an event it refused held up its feed), not a count to
         * compare: the test fails and names it.
         */
        Map<String, Long> settled() throws SQLException, InterruptedException {
            long begin = System.nanoTime();
            long quietSince = begin;
            Map<String, Long> last = counts();
            List<String> behind = List.of();
            while (System.nanoTime() - begin < AT_MOST.toNanos()) {
                Thread.sleep(100);
                Map<String, Long> now = counts();
                if (!now.equals(last)) {
                    last = now;
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince >= QUIET.toNanos()) {
                    behind = behind();
                    if (behind.isEmpty()) {
                        return now;
                    }
                }
            }
            throw new AssertionError("not settled after " + AT_MOST.toSeconds() + " s: "
                    + (behind.isEmpty() ? "rows kept changing" : String.join("; ", behind)));
        }

        /** The events set aside in every consumer's quarantine, from a map of {@link #counts()}. */
        static long quarantined(Map<String, Long> counts) {
            return counts.entrySet().stream().filter(count -> count.getKey().endsWith(".feed_quarantine"))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        /** Which database holds the outbox of each followed feed (the feed names of the services' consumers). */
        private static final Map<String, String> SOURCES = Map.of("volunteers", "volunteer", "catalog", "volunteer",
                "recruitment", "volunteer", "requests", "request", "signals", "request", "matching", "matching");

        /**
         * The followers that have not caught up: a source with events not positioned yet, a consumer's cursor short of
         * its source's last position (a filtered feed's cursor moves to the head too, see FeedReader). Empty when all
         * have.
         */
        List<String> behind() throws SQLException {
            List<String> behind = new ArrayList<>();
            Map<String, Long> heads = new TreeMap<>();
            for (String source : new TreeSet<>(SOURCES.values())) {
                Connection connection = connections.get(source);
                if (connection == null) {
                    continue;
                }
                try (Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery(
                                "select count(*) filter (where position is null), coalesce(max(position), 0) from outbox_event")) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        behind.add(source + ": " + row.getLong(1) + " events not positioned");
                    }
                    heads.put(source, row.getLong(2));
                }
            }
            for (Map.Entry<String, Connection> consumer : connections.entrySet()) {
                if (!countQueries.getOrDefault(consumer.getKey(), "").contains("public.feed_cursor")) {
                    continue; // no table of cursors: this database follows no feed
                }
                try (Statement statement = consumer.getValue().createStatement();
                        ResultSet rows = statement.executeQuery("select feed, position from feed_cursor")) {
                    while (rows.next()) {
                        Long head = heads.get(SOURCES.get(rows.getString(1)));
                        if (head != null && rows.getLong(2) < head) {
                            behind.add(consumer.getKey() + " follows " + rows.getString(1) + " at " + rows.getLong(2)
                                    + " of " + head);
                        }
                    }
                }
            }
            return behind;
        }

        /** The values of a one-column query in one database. */
        Set<String> column(String database, String query) throws SQLException {
            Set<String> values = new TreeSet<>();
            try (Statement statement = connections.get(database).createStatement();
                    ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }

        static Map<String, String> diff(Map<String, Long> before, Map<String, Long> after) {
            Map<String, String> changed = new TreeMap<>();
            after.forEach((table, count) -> {
                Long was = before.get(table);
                if (!count.equals(was)) {
                    changed.put(table, was + " -> " + count);
                }
            });
            return changed;
        }

        @Override
        public void close() throws SQLException {
            for (Connection connection : connections.values()) {
                connection.close();
            }
        }
    }
}
