package nl.talentenbureau.volunteer.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.KeycloakStub.ADMIN_TOKEN;
import static nl.talentenbureau.volunteer.support.KeycloakStub.REALM;
import static nl.talentenbureau.volunteer.support.KeycloakStub.USERS;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.volunteer.support.FeedEvents;
import nl.talentenbureau.volunteer.support.Keycloak;

/** Invitations through Keycloak's admin API (a WireMock stand-in), linking on the first call, closing accounts. */
@QuarkusTest
class InvitationResourceTest {

    private static final String ORG = "invite-org";
    private static final String OTHER_ORG = "invite-other-org";

    private final WireMock keycloak = Keycloak.stub();
    private final String coordinator = Tokens.coordinator(ORG);
    private final String email = "invited-" + UUID.randomUUID() + "@example.org";
    private final String userId = UUID.randomUUID().toString();

    /** Keycloak makes the user of {@link #email} with id {@link #userId}. */
    private void keycloakCreatesTheUser() {
        keycloak.register(post(urlPathEqualTo(USERS))
                .withRequestBody(matchingJsonPath("$.email", WireMock.equalTo(email)))
                .atPriority(1)
                .willReturn(aResponse().withStatus(201).withHeader("Location", "http://keycloak.test" + USERS + "/"
                        + userId)));
    }

    private UUID aProfileWithTheEmail() {
        return created(coordinator, aVolunteer().named("Anna de Vries").with("email", email));
    }

    private String invitation(UUID id) {
        return "/api/volunteers/" + id + "/invitation";
    }

    @Test
    void coordinatorInvitesAVolunteerAndKeycloakMailsTheLink() {
        keycloakCreatesTheUser();
        UUID id = aProfileWithTheEmail();
        OffsetDateTime before = OffsetDateTime.now();

        String expiresAt = as(coordinator).post(invitation(id)).then().statusCode(202)
                .body("volunteerId", equalTo(id.toString())).body("timesSent", equalTo(1))
                .extract().path("expiresAt");

        assertThat(OffsetDateTime.parse(expiresAt)).isBetween(before.plus(Duration.ofDays(7)).minusSeconds(5),
                OffsetDateTime.now().plus(Duration.ofDays(7)).plusSeconds(5));
        keycloak.verifyThat(postRequestedFor(urlPathEqualTo(REALM + "/protocol/openid-connect/token"))
                .withRequestBody(WireMock.containing(
                        "grant_type=client_credentials")));
        keycloak.verifyThat(exactly(1), postRequestedFor(urlPathEqualTo(USERS))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + ADMIN_TOKEN))
                .withRequestBody(equalToJson("""
                        {"username": "%s", "email": "%s", "emailVerified": false, "firstName": "Anna",
                         "lastName": "de Vries", "enabled": true,
                         "attributes": {"volunteerId": ["%s"], "locale": ["nl"]}}""".formatted(email, email, id))));
        keycloak.verifyThat(exactly(1), putRequestedFor(urlPathEqualTo(USERS + "/" + userId + "/execute-actions-email"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + ADMIN_TOKEN))
                .withQueryParam("lifespan", WireMock.equalTo(String.valueOf(Duration.ofDays(7).toSeconds())))
                .withRequestBody(equalToJson("[\"UPDATE_PASSWORD\"]")));
    }

    @Test
    void sendingAgainWhilePendingReusesTheUserWithANewExpiry() {
        keycloakCreatesTheUser();
        UUID id = aProfileWithTheEmail();
        String first = as(coordinator).post(invitation(id)).then().statusCode(202).extract().path("expiresAt");

        String second = as(Tokens.admin()).post(invitation(id)).then().statusCode(202)
                .body("timesSent", equalTo(2)).extract().path("expiresAt");

        assertThat(OffsetDateTime.parse(second)).isAfter(OffsetDateTime.parse(first));
        keycloak.verifyThat(exactly(1), postRequestedFor(urlPathEqualTo(USERS))
                .withRequestBody(matchingJsonPath("$.email", WireMock.equalTo(email))));
        keycloak.verifyThat(exactly(2),
                putRequestedFor(urlPathEqualTo(USERS + "/" + userId + "/execute-actions-email")));
        keycloak.verifyThat(exactly(1), putRequestedFor(urlPathEqualTo(USERS + "/" + userId))
                .withRequestBody(matchingJsonPath("$.email", WireMock.equalTo(email))));
    }

    @Test
    void coordinatorOfAnotherOrganisationIsRefused() {
        UUID id = aProfileWithTheEmail();
        problem(as(Tokens.coordinator(OTHER_ORG)).post(invitation(id)).then(), 403, "forbidden");
        problem(as(Tokens.volunteer("someone")).post(invitation(id)).then(), 403, "forbidden");
        keycloak.verifyThat(exactly(0), postRequestedFor(urlPathEqualTo(USERS))
                .withRequestBody(matchingJsonPath("$.email", WireMock.equalTo(email))));
    }

    @Test
    void profileWithoutEmailIs422() {
        UUID id = created(coordinator, aVolunteer().without("email"));
        problem(as(coordinator).post(invitation(id)).then(), 422, "unprocessable")
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void profileWithAnAccountIs409() {
        String subject = UUID.randomUUID().toString();
        String id = as(Tokens.volunteer(subject)).body(aVolunteer().with("email", email).buildForSelf())
                .post("/api/volunteers/me").then().statusCode(201).extract().path("id");
        problem(as(Tokens.admin()).post(invitation(UUID.fromString(id))).then(), 409, "conflict");
    }

    @Test
    void anEmailKeycloakKnowsAlreadyIs409AndMakesNoUser() {
        keycloak.register(get(urlPathEqualTo(USERS)).withQueryParam("email", WireMock.equalTo(email))
                .withQueryParam("exact", WireMock.equalTo("true")).atPriority(1)
                .willReturn(okJson("[{\"id\": \"" + UUID.randomUUID() + "\", \"username\": \"someone\"}]")));
        UUID id = aProfileWithTheEmail();

        problem(as(coordinator).post(invitation(id)).then(), 409, "conflict");
        keycloak.verifyThat(exactly(0), postRequestedFor(urlPathEqualTo(USERS))
                .withRequestBody(matchingJsonPath("$.email", WireMock.equalTo(email))));
    }

    @Test
    void unknownVolunteerIs404() {
        problem(as(coordinator).post(invitation(UUID.randomUUID())).then(), 404, "not-found");
        problem(as(coordinator).post("/api/volunteers/not-a-uuid/invitation").then(), 404, "not-found");
    }

    @Test
    void whenKeycloakFailsNothingIsStoredAndTheNewUserIsRemoved() {
        keycloakCreatesTheUser();
        StubMapping failing = keycloak.register(
                put(urlPathEqualTo(USERS + "/" + userId + "/execute-actions-email")).atPriority(1)
                        .willReturn(aResponse().withStatus(500)));
        UUID id = aProfileWithTheEmail();

        problem(as(coordinator).post(invitation(id)).then(), 503, "service-unavailable");
        keycloak.verifyThat(exactly(1), deleteRequestedFor(urlPathEqualTo(USERS + "/" + userId)));

        keycloak.removeStubMapping(failing);
        as(coordinator).post(invitation(id)).then().statusCode(202).body("timesSent", equalTo(1));
        keycloak.verifyThat(exactly(2), postRequestedFor(urlPathEqualTo(USERS))
                .withRequestBody(matchingJsonPath("$.email", WireMock.equalTo(email))));
    }

    @Test
    void whenKeycloakCannotCreateTheUserTheAnswerIs503() {
        keycloak.register(
                post(urlPathEqualTo(USERS)).withRequestBody(matchingJsonPath("$.email", WireMock.equalTo(email)))
                        .atPriority(1).willReturn(aResponse().withStatus(500)));
        UUID id = aProfileWithTheEmail();
        problem(as(coordinator).post(invitation(id)).then(), 503, "service-unavailable");
        as(coordinator).get("/api/volunteers/" + id).then().statusCode(200).body("accountLinked", equalTo(false));
    }

    @Test
    void twoInvitationsAtOnceMakeOneKeycloakUser() throws Exception {
        keycloak.register(
                post(urlPathEqualTo(USERS)).withRequestBody(matchingJsonPath("$.email", WireMock.equalTo(email)))
                        .atPriority(1).willReturn(aResponse().withStatus(201).withFixedDelay(300)
                                .withHeader("Location", "http://keycloak.test" + USERS + "/" + userId)));
        UUID id = aProfileWithTheEmail();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(coordinator).post(invitation(id)).then().statusCode(202).extract()
                            .<Integer>path("timesSent");
                }));
            }
            start.countDown();
            List<Integer> timesSent = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                timesSent.add(answer.get());
            }
            assertThat(timesSent).containsExactlyInAnyOrder(1, 2);
        } finally {
            pool.shutdownNow();
        }
        keycloak.verifyThat(exactly(1), postRequestedFor(urlPathEqualTo(USERS))
                .withRequestBody(matchingJsonPath("$.email", WireMock.equalTo(email))));
    }

    @Test
    void theInvitedAccountIsLinkedOnItsFirstCall() {
        keycloakCreatesTheUser();
        UUID id = aProfileWithTheEmail();
        as(coordinator).post(invitation(id)).then().statusCode(202);
        long head = FeedEvents.head();

        as(Tokens.volunteer(userId)).get("/api/volunteers/me").then().statusCode(200)
                .body("id", equalTo(id.toString())).body("accountLinked", equalTo(true));

        Map<String, Object> snapshot = FeedEvents.lastPayload(head, id);
        assertThat(snapshot).containsEntry("subject", userId);
        assertThat(FeedEvents.after(head, id)).hasSize(1);
        as(Tokens.volunteer(userId)).get("/api/volunteers/me").then().statusCode(200);
        assertThat(FeedEvents.after(head, id)).as("linked once").hasSize(1);
        problem(as(coordinator).post(invitation(id)).then(), 409, "conflict");
    }

    @Test
    void anyOwnOperationLinksAndApplyingAgainIsAConflict() {
        keycloakCreatesTheUser();
        UUID id = aProfileWithTheEmail();
        as(coordinator).post(invitation(id)).then().statusCode(202);
        String invited = Tokens.volunteer(userId);

        as(invited).body(Map.of("reachBy", "PHONE", "language", "en")).put("/api/volunteers/me/notifications")
                .then().statusCode(200).body("language", equalTo("en"));
        as(coordinator).get("/api/volunteers/" + id).then().body("accountLinked", equalTo(true))
                .body("notifications.reachBy", equalTo("PHONE"));
        problem(as(invited).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then(), 409, "conflict");
    }

    @Test
    void anInvitedAccountApplyingFirstFindsItsProfile() {
        keycloakCreatesTheUser();
        UUID id = aProfileWithTheEmail();
        as(coordinator).post(invitation(id)).then().statusCode(202);
        problem(as(Tokens.volunteer(userId)).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then(),
                409, "conflict");
        as(Tokens.volunteer(userId)).get("/api/volunteers/me").then().statusCode(200)
                .body("id", equalTo(id.toString()));
    }

    @Test
    void anotherAccountFindsNoProfile() {
        keycloakCreatesTheUser();
        UUID id = aProfileWithTheEmail();
        as(coordinator).post(invitation(id)).then().statusCode(202);
        problem(as(Tokens.volunteer(UUID.randomUUID().toString())).get("/api/volunteers/me").then(), 404,
                "not-found");
        as(coordinator).get("/api/volunteers/" + id).then().body("accountLinked", equalTo(false));
    }

    @Test
    void stoppingDisablesThePendingInvitationsUser() {
        keycloakCreatesTheUser();
        UUID id = aProfileWithTheEmail();
        as(coordinator).post(invitation(id)).then().statusCode(202);

        as(coordinator).body(Map.of("status", "STOPPED")).post("/api/volunteers/" + id + "/status").then()
                .statusCode(200).body("status", equalTo("STOPPED"));

        keycloak.verifyThat(exactly(1), putRequestedFor(urlPathEqualTo(USERS + "/" + userId))
                .withRequestBody(equalToJson("{\"enabled\": false}")));
        problem(as(coordinator).post(invitation(id)).then(), 409, "conflict");
    }

    @Test
    void erasureDeletesThePendingInvitationsUser() {
        keycloakCreatesTheUser();
        UUID id = aProfileWithTheEmail();
        as(coordinator).post(invitation(id)).then().statusCode(202);

        as(Tokens.admin()).delete("/api/volunteers/" + id).then().statusCode(204);

        keycloak.verifyThat(exactly(1), deleteRequestedFor(urlPathEqualTo(USERS + "/" + userId)));
    }

    @Test
    void stoppingDisablesTheLinkedAccountAndErasureDeletesIt() {
        String subject = UUID.randomUUID().toString();
        String id = as(Tokens.volunteer(subject)).body(aVolunteer().buildForSelf()).post("/api/volunteers/me")
                .then().statusCode(201).extract().path("id");

        as(coordinator).body(Map.of("status", "STOPPED")).post("/api/volunteers/" + id + "/status").then()
                .statusCode(200);
        keycloak.verifyThat(exactly(1), putRequestedFor(urlPathEqualTo(USERS + "/" + subject))
                .withRequestBody(equalToJson("{\"enabled\": false}")));

        as(Tokens.admin()).delete("/api/volunteers/" + id).then().statusCode(204);
        keycloak.verifyThat(exactly(1), deleteRequestedFor(urlPathEqualTo(USERS + "/" + subject)));
    }

    @Test
    void whenKeycloakFailsTheStepIsNotStored() {
        String subject = UUID.randomUUID().toString();
        String id = as(Tokens.volunteer(subject)).body(aVolunteer().buildForSelf()).post("/api/volunteers/me")
                .then().statusCode(201).extract().path("id");
        StubMapping failing = keycloak.register(put(urlPathEqualTo(USERS + "/" + subject)).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        try {
            problem(as(coordinator).body(Map.of("status", "STOPPED")).post("/api/volunteers/" + id + "/status")
                    .then(), 503, "service-unavailable");
            as(Tokens.volunteer(subject)).get("/api/volunteers/me").then().statusCode(200)
                    .body("status", equalTo("APPLIED"));
        } finally {
            keycloak.removeStubMapping(failing);
        }
    }

    @Test
    void whenKeycloakFailsTheErasureIsNotStored() {
        String subject = UUID.randomUUID().toString();
        as(Tokens.volunteer(subject)).body(aVolunteer().named("Kees Bakker").buildForSelf())
                .post("/api/volunteers/me").then().statusCode(201);
        StubMapping failing = keycloak.register(
                WireMock.delete(urlPathEqualTo(USERS + "/" + subject))
                        .atPriority(1).willReturn(aResponse().withStatus(500)));
        try {
            problem(as(Tokens.volunteer(subject)).delete("/api/volunteers/me").then(), 503, "service-unavailable");
            as(Tokens.volunteer(subject)).get("/api/volunteers/me").then().statusCode(200)
                    .body("name", equalTo("Kees Bakker"));
        } finally {
            keycloak.removeStubMapping(failing);
        }
    }
}
