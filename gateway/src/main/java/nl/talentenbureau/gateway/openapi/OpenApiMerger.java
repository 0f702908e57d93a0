package nl.talentenbureau.gateway.openapi;

import java.net.URI;
import java.util.List;

import io.quarkus.logging.Log;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import nl.talentenbureau.gateway.http.RequestLimits;
import nl.talentenbureau.platform.problem.Problem;

/**
 * Merges the services' OpenAPI documents into one public document. Paths are unique per service (each owns its
 * prefixes). Components often share a name (Problem, FieldError, the security scheme): an identical one is kept
 * once; a different one under a name already taken is left out and logged, the first service's version stands
 * (services are merged in route order: volunteer, request, matching, notification). Every operation also names the
 * gateway's own answers to a request over its size limits (413 on an operation with a body, 414, 431: {@code RequestLimits}) and its rate limit (429), which no service makes.
 */
public final class OpenApiMerger {

    public static final String UNAVAILABLE = "x-unavailable";
    static final String SECURITY_SCHEME = "oidc";

    private static final String PUBLIC_PREFIX = "/api";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private OpenApiMerger() {
    }

    public record ServiceDocument(String service, JsonObject document) {
    }

    public static JsonObject merge(List<ServiceDocument> documents, List<String> unavailable, URI publicUrl,
            String oidcDiscoveryUrl) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        JsonArray tags = new JsonArray();
        String version = "3.1.0";
        for (ServiceDocument service : documents) {
            JsonObject document = service.document();
            if (paths.isEmpty() && document.getString("openapi") != null) {
                version = document.getString("openapi");
            }
            mergePaths(service.service(), document.getJsonObject("paths", new JsonObject()), paths);
            mergeComponents(service.service(), document.getJsonObject("components", new JsonObject()), components);
            for (Object tag : document.getJsonArray("tags", new JsonArray())) {
                if (tag instanceof JsonObject named && tags.stream().noneMatch(
                        known -> ((JsonObject) known).getString("name").equals(named.getString("name")))) {
                    tags.add(named);
                }
            }
        }
        paths.forEach(path -> gatewayAnswers((JsonObject) path.getValue()));
        components.put("securitySchemes", components.getJsonObject("securitySchemes", new JsonObject())
                .put(SECURITY_SCHEME, new JsonObject().put("type", "openIdConnect")
                        .put("openIdConnectUrl", oidcDiscoveryUrl)));
        JsonObject merged = new JsonObject()
                .put("openapi", version)
                .put("info", new JsonObject()
                        .put("title", "Talentenbureau API")
                        .put("version", "0.1.0")
                        .put("description", "Every public operation of the talentenbureau, through its gateway."))
                .put("servers", new JsonArray().add(new JsonObject().put("url", publicUrl.toString())))
                .put("paths", paths)
                .put("components", components);
        if (!tags.isEmpty()) {
            merged.put("tags", tags);
        }
        merged.put(UNAVAILABLE, new JsonArray(List.copyOf(unavailable)));
        return merged;
    }

    /** Only what the gateway routes is public: a service's {@code /internal} operations never reach the document. */
    static boolean isPublic(String path) {
        return path.equals(PUBLIC_PREFIX) || path.startsWith(PUBLIC_PREFIX + "/");
    }

    private static void mergePaths(String service, JsonObject from, JsonObject into) {
        for (String path : from.fieldNames()) {
            if (!isPublic(path)) {
                continue;
            }
            if (into.containsKey(path)) {
                Log.warnf("OpenAPI: %s also documents %s; the first document's operations are kept", service, path);
            } else {
                into.put(path, from.getValue(path));
            }
        }
    }

    private static void gatewayAnswers(JsonObject path) {
        for (String method : METHODS) {
            JsonObject operation = path.getJsonObject(method);
            if (operation == null) {
                continue;
            }
            JsonObject responses = operation.getJsonObject("responses");
            if (responses == null) {
                responses = new JsonObject();
                operation.put("responses", responses);
            }
            if (operation.containsKey("requestBody")) {
                addIfMissing(responses, "413", "The body is larger than " + RequestLimits.MAX_BODY_LENGTH
                        + " bytes (the gateway's limit)");
            }
            addIfMissing(responses, "414", "The path and query are longer than " + RequestLimits.MAX_TARGET_LENGTH
                    + " characters (the gateway's limit)");
            addIfMissing(responses, "431", "The headers are longer than " + RequestLimits.MAX_HEADERS_LENGTH
                    + " characters together (the gateway's limit)");
            addIfMissing(responses, "429", "Too many requests from this client (the gateway's rate limit); "
                    + "Retry-After says in how many seconds to try again");
        }
    }

    private static void addIfMissing(JsonObject responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.put(status, new JsonObject().put("description", description).put("content",
                    new JsonObject().put(Problem.MEDIA_TYPE, new JsonObject().put("schema",
                            new JsonObject().put("$ref", "#/components/schemas/Problem")))));
        }
    }

    private static void mergeComponents(String service, JsonObject from, JsonObject into) {
        for (String section : from.fieldNames()) {
            if (!(from.getValue(section) instanceof JsonObject entries)) {
                continue;
            }
            JsonObject target = into.getJsonObject(section);
            if (target == null) {
                target = new JsonObject();
                into.put(section, target);
            }
            for (String name : entries.fieldNames()) {
                Object component = entries.getValue(name);
                if (!target.containsKey(name)) {
                    target.put(name, component);
                } else if (!target.getValue(name).equals(component)) {
                    Log.warnf("OpenAPI: %s defines components.%s.%s differently; the first definition is kept",
                            service, section, name);
                }
            }
        }
    }
}
