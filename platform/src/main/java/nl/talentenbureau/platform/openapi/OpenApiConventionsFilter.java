package nl.talentenbureau.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Applies the API conventions to the generated document once, instead of in every annotation: every error answer
 * is an {@code application/problem+json} Problem; secured operations also answer 401 and 403; operations that take
 * a body also answer 415 (Quarkus REST refuses a body of another media type before the resource runs); response
 * headers (ETag, Location) are strings; UUIDs carry an example. Resources declare which statuses they answer and
 * why.
 */
public class OpenApiConventionsFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String PATH_UUID = "#/components/schemas/UUID";
    private static final String EXAMPLE_UUID = "6f1c7d0e-4a51-4f7e-9a55-0d6b3f8f2a10";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null
                ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
        }
        components.getSchemas().values().stream()
                .filter(schema -> "uuid".equals(schema.getFormat()) && schema.getExamples() == null)
                .forEach(schema -> schema.setExamples(java.util.List.of(EXAMPLE_UUID)));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                complete(entry.getValue());
            }
        }
    }

    private static void complete(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            addIfMissing(responses, "401", "Missing, expired or invalid bearer token");
            addIfMissing(responses, "403", "The token's role may not call this operation");
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null
                && !operation.getRequestBody().getContent().getMediaTypes().isEmpty()) {
            addIfMissing(responses, "415", "The body is not "
                    + String.join(" or ", operation.getRequestBody().getContent().getMediaTypes().keySet())
                    + " (Content-Type)");
        }
        addIfMissing(responses, "500", "Unexpected server error");
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                entry.getValue().setContent(problemContent());
            }
            if (entry.getValue().getHeaders() != null) {
                entry.getValue().getHeaders().values().stream().filter(header -> header.getSchema() == null)
                        .forEach(header -> header.setSchema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)));
            }
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(parameter -> parameter.getExample() == null && parameter.getSchema() != null
                            && PATH_UUID.equals(parameter.getSchema().getRef()))
                    .forEach(parameter -> parameter.setExample(EXAMPLE_UUID));
        }
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(java.util.List.of("homeKern")))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(java.util.List.of("unknown kern 'atlantis'")));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; `type` is stable per kind of error")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .examples(java.util.List.of("https://talentenbureau.nl/problems/validation-failed")))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(java.util.List.of("One or more fields are invalid")))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .examples(java.util.List.of(400)))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(java.util.List.of("homeKern: unknown kern 'atlantis'")))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(java.util.List.of("/api/volunteers")))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addRequired("type").addRequired("title").addRequired("status");
    }
}
