package nl.talentenbureau.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class OpenApiConventionsFilterTest {

    @Test
    void anOperationWithABodyAlsoAnswers415AsAProblem() {
        Operation post = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType())))
                .responses(OASFactory.createAPIResponses().addAPIResponse("201",
                        OASFactory.createAPIResponse().description("Created")));

        filter(post);

        APIResponse unsupported = post.getResponses().getAPIResponse("415");
        assertThat(unsupported).isNotNull();
        assertThat(unsupported.getDescription()).contains("application/json");
        assertThat(unsupported.getContent().getMediaTypes()).containsOnlyKeys("application/problem+json");
        assertThat(unsupported.getContent().getMediaType("application/problem+json").getSchema().getRef())
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void anOperationWithoutABodyDoesNotAnswer415() {
        Operation get = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("One page")));

        filter(get);

        assertThat(get.getResponses().getAPIResponses()).containsOnlyKeys("200", "500");
    }

    @Test
    void a415TheResourceDocumentsKeepsItsDescription() {
        Operation put = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType())))
                .responses(OASFactory.createAPIResponses().addAPIResponse("415",
                        OASFactory.createAPIResponse().description("Only JSON")));

        filter(put);

        assertThat(put.getResponses().getAPIResponse("415").getDescription()).isEqualTo("Only JSON");
        assertThat(put.getResponses().getAPIResponse("415").getContent().getMediaTypes())
                .containsOnlyKeys("application/problem+json");
    }

    @Test
    void securedOperationsAnswer401And403() {
        Operation get = OASFactory.createOperation()
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("oidc")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("Yours")));

        filter(get);

        assertThat(get.getResponses().getAPIResponses()).containsOnlyKeys("200", "401", "403", "500");
    }

    private static void filter(Operation operation) {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/things",
                OASFactory.createPathItem().POST(operation)));
        new OpenApiConventionsFilter().filterOpenAPI(document);
    }
}
