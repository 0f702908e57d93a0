package nl.talentenbureau.web.coordinator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.web.testing.Browser;
import nl.talentenbureau.web.testing.StandIns;

@QuarkusTest
@QuarkusTestResource(StandIns.class)
class CallListResourceTest {

    static final String PAGE = "/coordinator/bellijst";
    static final String CALL_LIST = "/api/matches/call-list";
    static final UUID KEES = UUID.fromString("7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
    static final UUID RIET = UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
    static final UUID SHOPPING = UUID.fromString("0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f");
    static final UUID COMPUTER = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");

    @BeforeEach
    void stubTheApi() {
        StandIns.reset();
        callList(false, "\"Kees Jansen\"", "\"0612345678\"", "\"Riet de Boer\"", "\"0527-246810\"");
        StandIns.gateway().stubFor(get("/api/requests/" + SHOPPING).willReturn(okJson("""
                {"id": "%s", "status": "OPEN", "title": "Boodschappen doen", "kern": "maarssen",
                 "schedule": {"type": "RECURRING", "slots": ["TUE_MORNING"]}}""".formatted(SHOPPING))));
        StandIns.gateway().stubFor(get("/api/requests/" + COMPUTER).willReturn(okJson("""
                {"id": "%s", "status": "OPEN", "title": "Computerhulp", "kern": "breukelen"}""".formatted(COMPUTER))));
    }

    @Test
    void theCoordinatorSeesWhomToPhoneWithTheNumberTheOfferAndTheDeadline() {
        Browser coordinator = Browser.coordinator("welzijn-stichtse-vecht");

        Document page = coordinator.page(PAGE);

        assertThat(page.select("[data-match-id]").eachAttr("data-match-id")).containsExactly(KEES.toString(),
                RIET.toString());
        Element kees = page.selectFirst("[data-match-id=" + KEES + "]");
        assertThat(kees.select("h2").text()).isEqualTo("Kees Jansen");
        assertThat(kees.select("a[href^=tel:]").attr("href")).isEqualTo("tel:0612345678");
        assertThat(kees.text()).contains("Boodschappen doen", "maarssen", "dinsdag ochtend", "26 november 2026",
                "wil gebeld worden", "heeft geen account");
        Element riet = page.selectFirst("[data-match-id=" + RIET + "]");
        assertThat(riet.select("a[href^=tel:]").attr("href")).isEqualTo("tel:0527246810");
        assertThat(riet.select("a[href^=tel:]").text()).isEqualTo("0527-246810");
        assertThat(riet.text()).contains("Computerhulp").doesNotContain("heeft geen account");
        assertThat(riet.select("button#accept-" + RIET)).hasSize(1);
        assertThat(riet.select("label[for=decline-reason-" + RIET + "]")).hasSize(1);
        assertThat(riet.select("label[for=decline-note-" + RIET + "]")).hasSize(1);
        assertThat(riet.select("button#decline-" + RIET)).hasSize(1);
        assertThat(page.select("#contacts-unavailable")).isEmpty();
        StandIns.gateway().verify(WireMock.getRequestedFor(urlPathEqualTo(CALL_LIST))
                .withHeader("Authorization", equalTo("Bearer " + coordinator.accessToken())));
    }

    @Test
    void whenTheContactsCannotBeAskedTheOffersAreListedWithASentence() {
        callList(true, "null", "null", "null", "null");

        Document page = Browser.coordinator("welzijn-stichtse-vecht").page(PAGE);

        assertThat(page.select("#contacts-unavailable").text())
                .startsWith("De namen en telefoonnummers zijn nu niet op te vragen.");
        assertThat(page.select("[data-match-id]")).hasSize(2);
        assertThat(page.select("a[href^=tel:]")).isEmpty();
        assertThat(page.selectFirst("[data-match-id=" + KEES + "]").text()).contains("(naam onbekend)",
                "geen telefoonnummer bekend");
    }

    @Test
    void acceptingForTheVolunteerRecordsTheAnswerByPhone() {
        StandIns.gateway().stubFor(post("/api/matches/" + KEES + "/accept")
                .willReturn(okJson(CoordinatorResourceTest.match("ACCEPTED"))));
        Browser coordinator = Browser.coordinator("welzijn-stichtse-vecht");
        coordinator.page(PAGE);

        Response accepted = coordinator.post(PAGE + "/" + KEES + "/aannemen", "pagina", "0");

        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.header("Location")).endsWith(PAGE + "?gedaan=call_accepted");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo("/api/matches/" + KEES + "/accept"))
                .withHeader("Authorization", equalTo("Bearer " + coordinator.accessToken()))
                .withRequestBody(equalToJson("{\"channel\": \"PHONE\"}")));
        assertThat(coordinator.page(PAGE + "?gedaan=call_accepted").select("#flash").text())
                .startsWith("Vastgelegd: de vrijwilliger neemt het aanbod aan");
    }

    @Test
    void decliningForTheVolunteerSendsTheReasonInWordsAndByPhone() {
        StandIns.gateway().stubFor(post("/api/matches/" + RIET + "/decline")
                .willReturn(okJson(CoordinatorResourceTest.match("DECLINED"))));
        Browser coordinator = Browser.coordinator("welzijn-stichtse-vecht");
        coordinator.page(PAGE);

        Response declined = coordinator.post(PAGE + "/" + RIET + "/afwijzen", "reason", "not_available", "note",
                "op dinsdag werkt ze");

        assertThat(declined.statusCode()).isEqualTo(303);
        assertThat(declined.header("Location")).endsWith(PAGE + "?gedaan=call_declined");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo("/api/matches/" + RIET + "/decline"))
                .withRequestBody(equalToJson("""
                        {"channel": "PHONE", "reason": "Ik kan dan niet: op dinsdag werkt ze"}""")));
    }

    @Test
    void aDeclineWithoutAReasonIsToldInThatRowAndNotSent() {
        Browser coordinator = Browser.coordinator("welzijn-stichtse-vecht");
        coordinator.page(PAGE);

        Response answer = coordinator.post(PAGE + "/" + RIET + "/afwijzen", "reason", "", "note", "weet niet");

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = coordinator.read(answer);
        Element riet = page.selectFirst("[data-match-id=" + RIET + "]");
        assertThat(riet.select("#reason-error").text()).isEqualTo("Kies een reden.");
        assertThat(riet.select("#decline-reason-" + RIET).attr("aria-describedby")).isEqualTo("reason-error");
        assertThat(riet.select("#decline-note-" + RIET).text()).isEqualTo("weet niet");
        assertThat(page.select("#reason-error")).as("only in that row").hasSize(1);
        StandIns.gateway().verify(0, postRequestedFor(urlPathMatching("/api/matches/.*")));
    }

    @Test
    void aConflictFromTheApiIsASentenceInThatRowInTheCoordinatorsLanguage() {
        StandIns.gateway().stubFor(post("/api/matches/" + KEES + "/accept").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/illegal-transition", "title": "Conflict",
                         "status": 409, "detail": "not PROPOSED"}""")));
        Browser english = Browser.coordinator("welzijn-stichtse-vecht").inEnglish();
        english.page(PAGE);

        Response answer = english.post(PAGE + "/" + KEES + "/aannemen", Map.of());

        assertThat(answer.statusCode()).isEqualTo(409);
        Document page = english.read(answer);
        assertThat(page.select("[data-match-id=" + KEES + "] #form-error[role=alert]").text())
                .startsWith("This is no longer possible");
        assertThat(page.select("[data-match-id=" + RIET + "] #form-error")).isEmpty();
    }

    @Test
    void aVolunteerGetsThe403PageAndTheApiIsNotAsked() {
        Browser volunteer = Browser.volunteer("vol-calls");

        assertThat(volunteer.get(PAGE).statusCode()).isEqualTo(403);
        StandIns.gateway().verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void anAnswerWithoutTheCsrfTokenIsRefusedAndNeverReachesTheApi() {
        Browser coordinator = Browser.coordinator("welzijn-stichtse-vecht");
        coordinator.page(PAGE);

        Response response = coordinator.postWithoutToken(PAGE + "/" + KEES + "/aannemen", Map.of("pagina", "0"));

        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, postRequestedFor(urlPathMatching("/api/matches/.*")));
    }

    /** The API's example: Kees has no account, Riet has one but asked to be phoned. */
    private static void callList(boolean contactsUnavailable, String keesName, String keesPhone, String rietName,
            String rietPhone) {
        StandIns.gateway().stubFor(get(urlPathEqualTo(CALL_LIST)).willReturn(okJson("""
                {"items": [
                  {"matchId": "%s", "requestId": "%s", "volunteerId": "5d2e8a41-0c3b-4a7f-8e9d-1b2c3d4e5f60",
                   "organisation": "welzijn-stichtse-vecht", "answerDeadline": "2026-11-26T10:15:00Z",
                   "reachBy": "PHONE", "hasAccount": false, "volunteerName": %s, "volunteerPhone": %s},
                  {"matchId": "%s", "requestId": "%s", "volunteerId": "6e5d4c3b-2a19-4f8e-8d7c-6b5a49382716",
                   "organisation": "welzijn-stichtse-vecht", "answerDeadline": "2026-11-27T08:00:00Z",
                   "reachBy": "PHONE", "hasAccount": true, "volunteerName": %s, "volunteerPhone": %s}],
                 "page": 0, "size": 50, "total": 2, "contactsUnavailable": %s}"""
                .formatted(KEES, SHOPPING, keesName, keesPhone, RIET, COMPUTER, rietName, rietPhone,
                        contactsUnavailable))));
    }
}
