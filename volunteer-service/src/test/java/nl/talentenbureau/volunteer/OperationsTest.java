package nl.talentenbureau.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What an operator and a partner developer reach without a token: health and metrics on the management port only,
 * the API document on the HTTP port (where the gateway reads it).
 */
@QuarkusTest
class OperationsTest {

    // the management URL starts at its root path, /q
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void readinessIncludesTheDatabase() {
        given().get(readiness).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void metricsArePublished() {
        given().get(metrics).then().statusCode(200);
    }

    /** Whatever routes the HTTP port (a gateway, an Ingress) cannot reach health or metrics. */
    @Test
    void healthAndMetricsAreNotOnTheHttpPort() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void openApiDocumentDescribesEveryErrorAsAProblem() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/volunteers/{id}"))
                .body("paths", hasKey("/internal/events"))
                .body("components.schemas.Problem.properties.type.format", equalTo("uri"))
                .body("paths.'/api/volunteers/{id}'.put.responses.'412'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/volunteers/{id}'.put.security[0]", hasKey("oidc"))
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"));
    }
}
