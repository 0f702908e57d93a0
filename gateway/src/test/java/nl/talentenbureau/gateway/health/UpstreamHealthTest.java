package nl.talentenbureau.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.gateway.StubServices;

@QuarkusTest
@WithTestResource(StubServices.class)
class UpstreamHealthTest {

    // the gateway's own health is on its management interface (whose root path is /q)
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void readinessShowsEveryService() {
        given().when().get(readiness)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'volunteer-service' }.data.state", equalTo("UP"))
                .body("checks.find { it.name == 'request-service' }.data.state", equalTo("UP"))
                .body("checks.find { it.name == 'matching-service' }.data.state", equalTo("UP"))
                .body("checks.find { it.name == 'notification-service' }.data.state", equalTo("UP"))
                .body("checks.find { it.name == 'web' }.data.state", equalTo("UP"))
                .body("checks.status", everyItem(equalTo("UP")));
    }
}
