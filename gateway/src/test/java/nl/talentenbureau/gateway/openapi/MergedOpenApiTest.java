package nl.talentenbureau.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.gateway.StubServices;

@QuarkusTest
@WithTestResource(StubServices.class)
class MergedOpenApiTest {

    @Test
    void mergedDocumentHoldsThePathsOfEveryServiceThatAnswered() {
        given().when().get("/openapi")
                .then().statusCode(200).contentType("application/json")
                .body("paths", hasKey("/api/volunteers"))
                .body("paths", hasKey("/api/requests"))
                .body("paths", hasKey("/api/notifications"))
                .body("servers", hasSize(1))
                .body("servers[0].url", equalTo("http://localhost:8080"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", hasKey("VolunteerView"))
                .body("components.schemas", hasKey("RequestView"))
                .body("components.schemas", hasKey("DeliveryView"))
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"))
                .body("components.securitySchemes.oidc.openIdConnectUrl",
                        equalTo("http://localhost:8180/realms/talentenbureau/.well-known/openid-configuration"))
                .body("x-unavailable", hasItem("matching-service"))
                .body("paths", not(hasKey("/internal/events")));
    }

    /** The public entry serves the API and its document only: health and metrics are on the management port. */
    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/health").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void swaggerUiLoadsTheMergedDocumentWithPkceLogin() {
        given().when().get("/swagger-ui/index.html")
                .then().statusCode(200)
                .body(containsString("url: '/openapi'"))
                .body(containsString("clientId: 'talentenbureau-cli', usePkceWithAuthorizationCodeGrant: true"))
                .body(containsString("oauth2RedirectUrl"));
        given().when().get("/swagger-ui/").then().statusCode(200).body(containsString("SwaggerUIBundle"));
        String html = given().when().get("/swagger-ui/index.html").asString();
        String bundle = html.replaceAll("(?s).*src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle.js)\".*", "$1");
        given().when().get(bundle).then().statusCode(200);
    }
}
