package nl.talentenbureau.notification.subscription;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

/** A coordinator turns their organisation's mails on and off with their own token. */
@QuarkusTest
class SubscriptionResourceTest {

    private static final String PATH = "/api/notifications/subscription";

    @Inject
    Subscriptions subscriptions;

    @Test
    void aCoordinatorSubscribesReadsAndUnsubscribes() {
        String org = "sub-" + UUID.randomUUID().toString().substring(0, 8);
        String subject = "carla-" + org;
        String token = Tokens.withRoles(subject, org, "coordinator");

        given().auth().oauth2(token).when().get(PATH).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token).when().put(PATH).then().statusCode(200)
                .body("organisation", equalTo(org)).body("subscribedAt", notNullValue());
        given().auth().oauth2(token).when().put(PATH).then().statusCode(200).body("organisation", equalTo(org));
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200).body("organisation", equalTo(org));
        assertThat(subscriptions.subjectsOf(org)).containsExactly(subject);

        given().auth().oauth2(token).when().delete(PATH).then().statusCode(204);
        given().auth().oauth2(token).when().delete(PATH).then().statusCode(204);
        assertThat(subscriptions.subjectsOf(org)).isEmpty();
    }

    @Test
    void aCoordinatorWhoMovedIsSubscribedToTheNewOrganisationOnly() {
        String subject = "dirk-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.withRoles(subject, "old-" + subject, "coordinator")).when().put(PATH).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.withRoles(subject, "new-" + subject, "coordinator")).when().put(PATH).then()
                .statusCode(200).body("organisation", equalTo("new-" + subject));
        assertThat(subscriptions.subjectsOf("old-" + subject)).isEmpty();
        assertThat(subscriptions.subjectsOf("new-" + subject)).containsExactly(subject);
    }

    @Test
    void onlyCoordinatorsMaySubscribe() {
        given().when().put(PATH).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.volunteer("v-" + UUID.randomUUID())).when().put(PATH).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().put(PATH).then().statusCode(403);
    }

    @Test
    void parallelSubscriptionsOfOneCoordinatorLeaveOneRow() throws Exception {
        String org = "par-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.withRoles("erik-" + org, org, "coordinator");
        Callable<Integer> subscribe = () -> given().auth().oauth2(token).when().put(PATH).then().extract()
                .statusCode();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Integer> answer : pool.invokeAll(List.of(subscribe, subscribe, subscribe, subscribe))) {
                assertThat(answer.get()).isEqualTo(200);
            }
        }
        assertThat(subscriptions.subjectsOf(org)).containsExactly("erik-" + org);
    }
}
