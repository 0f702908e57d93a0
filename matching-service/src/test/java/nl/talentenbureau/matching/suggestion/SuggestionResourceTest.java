package nl.talentenbureau.matching.suggestion;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.matching.support.VolunteerServiceStub;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * {@code GET /api/candidates/training-suggestions} over volunteers and requests from the stub feeds, with the sessions
 * from a stand-in of volunteer-service. Everything is in Breukelen, for two organisations of this test only.
 */
@QuarkusTest
class SuggestionResourceTest {

    static final String ORG = "suggestions-test-org";
    static final String OTHER = "suggestions-other-org";
    static final String PATH = "/api/candidates/training-suggestions";
    static final String PROBLEM = "application/problem+json";
    static final String DEMENTIA = "dementia-basics";
    static final String FIRST_AID = "first-aid";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    static final String COORDINATOR = Tokens.coordinator(ORG);
    static final String OTHER_COORDINATOR = Tokens.coordinator(OTHER);

    static final VolunteerEvent LACKING = aVolunteer().memberOf(ORG);
    static final VolunteerEvent HOLDER = aVolunteer().memberOf(ORG).withTraining(DEMENTIA, null);
    static final VolunteerEvent EXPIRING = aVolunteer().memberOf(ORG, OTHER)
            .withTraining(DEMENTIA, TODAY.plusDays(30).toString());
    static final VolunteerEvent FAR = aVolunteer().memberOf(ORG).inKern("dronten").travelling(5);
    static final VolunteerEvent NO_VOG = aVolunteer().memberOf(ORG).withoutVog();
    static final VolunteerEvent OUTSIDER = aVolunteer().memberOf(OTHER);

    /** dementia-basics and a VOG; first aid and dementia-basics; and the other organisation's. */
    static final RequestEvent NEEDS_DEMENTIA = anOpenRequest(ORG).needsTraining(DEMENTIA).needsVog();
    static final RequestEvent NEEDS_BOTH = anOpenRequest(ORG).needsTrainings(DEMENTIA, FIRST_AID);
    static final RequestEvent NEEDS_NOTHING = anOpenRequest(ORG);
    static final RequestEvent CLOSED = anOpenRequest(ORG).needsTraining(DEMENTIA).status("CANCELLED");
    static final RequestEvent OTHERS = anOpenRequest(OTHER).needsTraining(DEMENTIA);

    static final UUID SESSION = UUID.randomUUID();
    static boolean fed;

    @Inject
    FeedFollowers followers;

    final WireMock volunteerService = VolunteerServiceStub.client();

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        for (VolunteerEvent v : List.of(LACKING, HOLDER, EXPIRING, FAR, NO_VOG, OUTSIDER)) {
            Feeds.volunteerEvent("VolunteerRegistered", v);
        }
        for (RequestEvent r : List.of(NEEDS_DEMENTIA, NEEDS_BOTH, NEEDS_NOTHING, CLOSED, OTHERS)) {
            Feeds.requestEvent("RequestOpened", r);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        followers.catchUp(Feeds.REQUESTS);
        volunteerService.register(get(urlPathEqualTo("/api/training-sessions"))
                .withHeader("Authorization", equalTo("Bearer " + COORDINATOR))
                .willReturn(okJson(json(List.of(
                        session(SESSION, DEMENTIA, TODAY.plusDays(14), "SCHEDULED", 12, 4),
                        session(UUID.randomUUID(), DEMENTIA, TODAY.plusDays(7), "CANCELLED", 12, 12),
                        session(UUID.randomUUID(), FIRST_AID, TODAY.plusDays(21), "SCHEDULED", 10, 10))))));
        volunteerService.register(get(urlPathEqualTo("/api/training-sessions"))
                .withHeader("Authorization", equalTo("Bearer " + OTHER_COORDINATOR))
                .willReturn(serviceUnavailable()));
        fed = true;
    }

    static JsonPath suggestions(String token, Map<String, Object> query) {
        return given().auth().oauth2(token).queryParams(query).when().get(PATH).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void perTrainingTheVolunteersToInviteWhyAndTheRequestsTheyWouldQualifyFor() {
        JsonPath answer = suggestions(COORDINATOR, Map.of("training", DEMENTIA));
        System.out.println("GET " + PATH + "?training=" + DEMENTIA + ": " + answer.prettify());

        assertThat(answer.getInt("horizonDays")).isEqualTo(60);
        assertThat(answer.getBoolean("sessionsUnavailable")).isFalse();
        assertThat(answer.getList("trainings.training")).containsExactly(DEMENTIA);
        Map<String, Object> dementia = answer.getMap("trainings[0]");
        // the dementia request and the one needing both; not the closed one, not the other organisation's
        assertThat(dementia).containsEntry("openRequests", 2).containsEntry("qualifyingRequests", 1)
                .containsEntry("summary", "2 volunteers would qualify for 1 open request with dementia-basics");
        // the expiring one first (same number of requests, an expiry), then the one who lacks it; not the one
        // holding it, nor who is too far, lacks a VOG too, or is another organisation's
        assertThat(answer.getList("trainings[0].invite.volunteerId")).containsExactly(EXPIRING.id().toString(),
                LACKING.id().toString());
        assertThat(answer.getList("trainings[0].invite[0].reasons")).containsExactly("EXPIRES");
        assertThat(answer.getString("trainings[0].invite[0].expiresOn")).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(answer.getString("trainings[0].invite[0].why")).contains("runs out on " + TODAY.plusDays(30));
        assertThat(answer.getList("trainings[0].invite[1].reasons")).containsExactly("MISSING");
        assertThat(answer.getInt("trainings[0].invite[1].requests")).isEqualTo(1);
        assertThat(answer.getString("trainings[0].invite[1].why")).contains("lacks only dementia-basics");
        // the scheduled session only, asked for with the coordinator's own token
        assertThat(answer.getList("trainings[0].sessions.id")).containsExactly(SESSION.toString());
        assertThat(answer.getInt("trainings[0].sessions[0].free")).isEqualTo(8);
        volunteerService.verifyThat(getRequestedFor(urlPathEqualTo("/api/training-sessions"))
                .withQueryParam("training", equalTo(DEMENTIA)).withQueryParam("from", equalTo(TODAY.toString()))
                .withHeader("Authorization", equalTo("Bearer " + COORDINATOR)));
    }

    @Test
    void withoutATrainingEveryTrainingWithSomeoneToInviteIsAnswered() {
        JsonPath answer = suggestions(COORDINATOR, Map.of());
        assertThat(answer.getList("trainings.training")).containsExactly(DEMENTIA, FIRST_AID);
        // for the request needing both, the holder and the expiring one lack first aid only
        assertThat(answer.getList("trainings[1].invite.volunteerId")).containsExactlyInAnyOrder(
                HOLDER.id().toString(), EXPIRING.id().toString());
        assertThat(answer.getList("trainings[1].sessions")).hasSize(1);
    }

    @Test
    void aShorterHorizonLeavesATrainingThatRunsOutLater() {
        JsonPath answer = suggestions(COORDINATOR, Map.of("training", DEMENTIA, "horizonDays", 10));
        assertThat(answer.getInt("horizonDays")).isEqualTo(10);
        assertThat(answer.getList("trainings[0].invite.volunteerId")).containsExactly(LACKING.id().toString());
    }

    @Test
    void anotherOrganisationSeesOnlyItsOwnVolunteersAndRequestsAndAnswersWithoutSessionsWhenTheyFail() {
        JsonPath answer = suggestions(OTHER_COORDINATOR, Map.of("training", DEMENTIA));
        assertThat(answer.getBoolean("sessionsUnavailable")).isTrue();
        assertThat(answer.getInt("trainings[0].openRequests")).isEqualTo(1);
        assertThat(answer.getList("trainings[0].invite.volunteerId")).containsExactlyInAnyOrder(
                OUTSIDER.id().toString(), EXPIRING.id().toString());
        assertThat(answer.getList("trainings[0].sessions")).isEmpty();
    }

    @Test
    void badParametersAnswer400AndAnUnknownTraining422() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("training", "Not A Code"),
                Map.of("horizonDays", 366), Map.of("horizonDays", -1), Map.of("horizonDays", "soon"))) {
            given().auth().oauth2(COORDINATOR).queryParams(bad).when().get(PATH).then().statusCode(400)
                    .contentType(PROBLEM);
        }
        given().auth().oauth2(COORDINATOR).queryParam("training", "no-such-training").when().get(PATH).then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", Matchers.equalTo("training"));
    }

    @Test
    void onlyCoordinatorsOfAnOrganisationMayAsk() {
        for (String token : List.of(Tokens.volunteer("volunteer-" + UUID.randomUUID()), Tokens.partner(ORG),
                Tokens.admin(), Tokens.service(), Tokens.withRoles("coordinator-nowhere", null, "coordinator"))) {
            given().auth().oauth2(token).when().get(PATH).then().statusCode(403).contentType(PROBLEM);
        }
        given().when().get(PATH).then().statusCode(401).contentType(PROBLEM);
    }

    static Map<String, Object> session(UUID id, String training, LocalDate day, String status, int places,
            int taken) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id.toString());
        s.put("training", training);
        s.put("heldOn", day.toString());
        s.put("startsAt", "09:30");
        s.put("endsAt", "12:00");
        s.put("kern", "breukelen");
        s.put("place", "Dorpshuis De Boei");
        s.put("trainer", "Alzheimer Nederland");
        s.put("organisation", "welzijn-stichtse-vecht");
        s.put("places", places);
        s.put("status", status);
        s.put("enrolled", taken);
        s.put("waiting", 0);
        s.put("free", places - taken);
        s.put("version", 1);
        return s;
    }

    static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
