package nl.talentenbureau.matching.match;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.matching.support.VolunteerServiceStub;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * The coordinators' call list (contract 6 of issue 11): open offers whose volunteer cannot answer online, nearest
 * deadline first, with names and phone numbers from volunteer-service (a WireMock stand-in here) asked with the
 * coordinator's own token. In Loenersloot; the volunteers travel 1 km. Each test has its own organisation, so the
 * lists do not mix.
 */
@QuarkusTest
class CallListTest {

    static final String PROBLEM = "application/problem+json";
    static final ObjectMapper JSON = new ObjectMapper();

    /** No account, asked to be phoned: on the list. */
    static final VolunteerEvent KEES = aVolunteer().inKern("loenersloot").travelling(1).capacity(50)
            .reachBy("PHONE");
    /** An account, but chose "call me": on the list. */
    static final VolunteerEvent RIET = aVolunteer().inKern("loenersloot").travelling(1).capacity(50)
            .subject("calllist-riet").reachBy("PHONE");
    /** An account and e-mail: answers online, not on the list. */
    static final VolunteerEvent ANNA = aVolunteer().inKern("loenersloot").travelling(1).capacity(50)
            .subject("calllist-anna").reachBy("EMAIL");
    /** An older event without reachBy and without account: PHONE, on the list. */
    static final VolunteerEvent GERRIT = aVolunteer().inKern("loenersloot").travelling(1).capacity(50);
    /** An older event without reachBy with an account: EMAIL, not on the list. */
    static final VolunteerEvent SANNE = aVolunteer().inKern("loenersloot").travelling(1).capacity(50)
            .subject("calllist-sanne");

    static final Map<VolunteerEvent, String[]> CONTACTS = Map.of(
            KEES, new String[]{"Kees Jansen", "0612345678"},
            RIET, new String[]{"Riet de Boer", null},
            GERRIT, new String[]{"Gerrit Mulder", "0346-123456"});

    static boolean fed;

    @Inject
    FeedFollowers followers;
    @Inject
    EntityManager em;

    final String org = "calllist-" + UUID.randomUUID().toString().substring(0, 8);
    final String coordinatorSubject = "calllist-coordinator-" + UUID.randomUUID();
    final String coordinator = Tokens.withRoles(coordinatorSubject, org, "coordinator");
    final WireMock volunteerService = VolunteerServiceStub.client();

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        for (VolunteerEvent v : new VolunteerEvent[]{KEES, RIET, ANNA, GERRIT, SANNE}) {
            Feeds.volunteerEvent("VolunteerRegistered", v);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        fed = true;
    }

    /** A new request of {@code organisation} with an offer to {@code volunteer}, its deadline {@code in} from now. */
    String offer(String organisation, VolunteerEvent volunteer, Duration in) {
        RequestEvent request = anOpenRequest(organisation).inKern("loenersloot").atItsOwnTime();
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        String id = given().auth().oauth2(Tokens.coordinator(organisation)).contentType("application/json")
                .body(Map.of("requestId", request.id().toString(), "volunteerId", volunteer.id().toString()))
                .when().post("/api/matches").then().statusCode(201).extract().path("id");
        OffsetDateTime deadline = OffsetDateTime.now(ZoneOffset.UTC).plus(in);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update match set answer_deadline = ?2 where id = ?1")
                .setParameter(1, UUID.fromString(id)).setParameter(2, deadline).executeUpdate());
        return id;
    }

    /** volunteer-service answers the contacts of these volunteers, to this token only. */
    void volunteerServiceKnows(String token, VolunteerEvent... volunteers) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (VolunteerEvent v : volunteers) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", v.id().toString());
            item.put("status", "ACTIVE");
            item.put("name", CONTACTS.get(v)[0]);
            item.put("email", null);
            item.put("phone", CONTACTS.get(v)[1]);
            item.put("homeKern", "loenersloot");
            item.put("organisations", List.of(org));
            items.add(item);
        }
        volunteerService.register(get(urlPathEqualTo("/api/volunteers"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(json(Map.of("items", items, "page", 0, "size", items.size(),
                        "total", items.size())))));
    }

    static JsonPath callList(String token) {
        return given().auth().oauth2(token).when().get("/api/matches/call-list").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void offersWaitingForACallComeNearestDeadlineFirstWithNamesAndPhonesAskedWithTheCoordinatorsToken() {
        String gerrit = offer(org, GERRIT, Duration.ofHours(60));
        String kees = offer(org, KEES, Duration.ofHours(5));
        String riet = offer(org, RIET, Duration.ofHours(30));
        offer(org, ANNA, Duration.ofHours(1));
        offer(org, SANNE, Duration.ofHours(2));
        // no longer waiting: answered, or past the deadline (the expiry job's)
        String accepted = offer(org, KEES, Duration.ofHours(3));
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("channel", "PHONE"))
                .when().post("/api/matches/" + accepted + "/accept").then().statusCode(200);
        offer(org, RIET, Duration.ofMinutes(-1));
        volunteerServiceKnows(coordinator, KEES, RIET, GERRIT);

        JsonPath list = callList(coordinator);
        Log.infof("call list: %s", list.prettify());

        assertThat(list.getList("items.matchId")).containsExactly(kees, riet, gerrit);
        assertThat(list.getInt("total")).isEqualTo(3);
        assertThat(list.getInt("page")).isZero();
        assertThat(list.getInt("size")).isEqualTo(20);
        assertThat(list.getBoolean("contactsUnavailable")).isFalse();
        assertThat(list.getList("items.volunteerName")).containsExactly("Kees Jansen", "Riet de Boer",
                "Gerrit Mulder");
        assertThat(list.getList("items.volunteerPhone")).containsExactly("0612345678", null, "0346-123456");
        assertThat(list.getList("items.reachBy")).containsExactly("PHONE", "PHONE", "PHONE");
        assertThat(list.getList("items.hasAccount")).containsExactly(false, true, false);
        assertThat(list.getList("items.volunteerId")).containsExactly(KEES.id().toString(), RIET.id().toString(),
                GERRIT.id().toString());
        assertThat(list.getList("items.organisation")).containsOnly(org);
        Map<String, Object> first = list.getMap("items[0]");
        assertThat(first).containsOnlyKeys("matchId", "requestId", "volunteerId", "organisation", "answerDeadline",
                "reachBy", "hasAccount", "volunteerName", "volunteerPhone");
        List<String> deadlines = list.getList("items.answerDeadline");
        assertThat(deadlines.stream().map(d -> OffsetDateTime.parse(d).toInstant()).toList()).isSorted();

        // one call for the page, with the coordinator's own token, for exactly the volunteers on it
        volunteerService.verifyThat(1, getRequestedFor(urlPathEqualTo("/api/volunteers"))
                .withHeader("Authorization", equalTo("Bearer " + coordinator))
                .withQueryParam("id", havingExactly(KEES.id().toString(), RIET.id().toString(),
                        GERRIT.id().toString())));
    }

    @Test
    void pagesOfTheListAreAskedOneCallEach() {
        String kees = offer(org, KEES, Duration.ofHours(5));
        String riet = offer(org, RIET, Duration.ofHours(6));
        volunteerServiceKnows(coordinator, KEES, RIET);

        JsonPath second = given().auth().oauth2(coordinator).queryParam("page", 1).queryParam("size", 1).when()
                .get("/api/matches/call-list").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.matchId")).containsExactly(riet);
        assertThat(second.getInt("total")).isEqualTo(2);
        assertThat(second.getString("items[0].volunteerName")).isEqualTo("Riet de Boer");
        assertThat(kees).isNotEqualTo(riet);
        volunteerService.verifyThat(1, getRequestedFor(urlPathEqualTo("/api/volunteers"))
                .withHeader("Authorization", equalTo("Bearer " + coordinator))
                .withQueryParam("id", havingExactly(RIET.id().toString())));

        for (String bad : new String[]{"size=0", "size=101", "page=-1"}) {
            given().auth().oauth2(coordinator).when().get("/api/matches/call-list?" + bad).then().statusCode(400)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void aPageOrSizeThatIsNoNumberIsABadRequestNamingIt() {
        // Quarkus REST answers a query parameter that does not convert with 404, as if the list did not exist
        for (String bad : new String[]{"page=abc", "size=1e40", "page=99999999999999999999", "size=1.5"}) {
            given().auth().oauth2(coordinator).when().get("/api/matches/call-list?" + bad).then().statusCode(400)
                    .contentType(PROBLEM).body("type", Matchers.endsWith("/validation-failed"))
                    .body("errors[0].field", Matchers.equalTo(bad.substring(0, bad.indexOf('='))))
                    .body("errors[0].message", Matchers.equalTo("must be a whole number"));
        }
        // a path id that is no UUID still names nothing: 404
        given().auth().oauth2(coordinator).when().get("/api/matches/not-a-uuid").then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void whenVolunteerServiceFailsTheListStillAnswersWithoutNames() {
        String kees = offer(org, KEES, Duration.ofHours(5));
        String gerrit = offer(org, GERRIT, Duration.ofHours(7));
        volunteerService.register(get(urlPathEqualTo("/api/volunteers"))
                .withHeader("Authorization", equalTo("Bearer " + coordinator)).willReturn(serviceUnavailable()));

        JsonPath list = callList(coordinator);

        assertThat(list.getList("items.matchId")).containsExactly(kees, gerrit);
        assertThat(list.getBoolean("contactsUnavailable")).isTrue();
        assertThat(list.getList("items.volunteerName")).containsOnlyNulls();
        assertThat(list.getList("items.volunteerPhone")).containsOnlyNulls();
        assertThat(list.getList("items.volunteerId")).containsExactly(KEES.id().toString(), GERRIT.id().toString());
    }

    @Test
    void anEmptyListAsksVolunteerServiceNothing() {
        offer(org, ANNA, Duration.ofHours(5));
        JsonPath list = callList(coordinator);
        assertThat(list.getList("items")).isEmpty();
        assertThat(list.getInt("total")).isZero();
        assertThat(list.getBoolean("contactsUnavailable")).isFalse();
        volunteerService.verifyThat(0, getRequestedFor(urlPathEqualTo("/api/volunteers"))
                .withHeader("Authorization", equalTo("Bearer " + coordinator)));
    }

    @Test
    void aCoordinatorSeesOnlyTheirOrganisationsOffersAndAnAdminSeesEveryOrganisations() {
        String other = org + "-other";
        String mine = offer(org, KEES, Duration.ofHours(10));
        String theirs = offer(other, KEES, Duration.ofHours(9));
        String otherCoordinator = Tokens.withRoles("calllist-other-" + UUID.randomUUID(), other, "coordinator");
        volunteerServiceKnows(coordinator, KEES);
        volunteerServiceKnows(otherCoordinator, KEES);

        assertThat(callList(coordinator).getList("items.matchId")).containsExactly(mine);
        assertThat(callList(otherCoordinator).getList("items.matchId")).containsExactly(theirs);

        String admin = Tokens.admin();
        volunteerServiceKnows(admin, KEES);
        JsonPath all = given().auth().oauth2(admin).queryParam("size", 100).when().get("/api/matches/call-list")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = all.getList("items.matchId");
        assertThat(ids).contains(mine, theirs);
        assertThat(ids.indexOf(theirs)).as("9 hours before 10").isLessThan(ids.indexOf(mine));
        assertThat(all.getString("items.find { it.matchId == '" + mine + "' }.volunteerName"))
                .isEqualTo("Kees Jansen");
        assertThat(all.getString("items.find { it.matchId == '" + theirs + "' }.organisation")).isEqualTo(other);
    }

    @Test
    void otherRolesAreRefused() {
        for (String token : new String[]{Tokens.volunteer("calllist-riet"), Tokens.partner(org), Tokens.service(),
                Tokens.withRoles("calllist-no-org", null, "coordinator")}) {
            given().auth().oauth2(token).when().get("/api/matches/call-list").then().statusCode(403)
                    .contentType(PROBLEM);
        }
        given().when().get("/api/matches/call-list").then().statusCode(401);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
