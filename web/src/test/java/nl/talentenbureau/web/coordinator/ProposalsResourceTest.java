package nl.talentenbureau.web.coordinator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.web.testing.Browser;
import nl.talentenbureau.web.testing.StandIns;

@QuarkusTest
@QuarkusTestResource(StandIns.class)
class ProposalsResourceTest {

    static final String PAGE = "/coordinator/voorstellen";
    static final String MATCHES = "/api/matches";
    static final UUID SHOPPING = UUID.fromString("0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f");
    static final UUID COMPUTER = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    static final UUID GARDEN = UUID.fromString("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60");
    static final UUID ANNA = UUID.fromString("5d2e8a41-0c3b-4a7f-8e9d-1b2c3d4e5f60");
    static final UUID BERT = UUID.fromString("6e3f9b52-1d4c-4b8a-9f0e-2c3d4e5f6a71");

    @BeforeEach
    void stubTheApi() {
        StandIns.reset();
        StandIns.gateway().stubFor(post("/api/proposals").willReturn(okJson("""
                {"requests": 3, "totalScore": 1.3125,
                 "assignments": [
                   {"requestId": "%s", "volunteerId": "%s", "score": 0.8125},
                   {"requestId": "%s", "volunteerId": "%s", "score": 0.5}],
                 "unfilled": [
                   {"requestId": "%s", "missing": 2, "reason": "CANDIDATES_CAPACITY_TAKEN"}]}"""
                .formatted(SHOPPING, ANNA, COMPUTER, BERT, GARDEN))));
        request(SHOPPING, "Boodschappen doen", "maarssen", """
                {"type": "RECURRING", "slots": ["TUE_MORNING"], "startsOn": "2026-12-01"}""");
        request(COMPUTER, "Computerhulp", "breukelen", """
                {"type": "ONE_OFF", "date": "2026-12-10", "dayParts": ["AFTERNOON"]}""");
        request(GARDEN, "Tuin opruimen", "loenen", null);
        StandIns.gateway().stubFor(get(urlPathEqualTo("/api/volunteers")).willReturn(okJson("""
                {"items": [{"id": "%s", "name": "Anna de Vries"}, {"id": "%s", "name": "Bert Bakker"}], "total": 2}
                """.formatted(ANNA, BERT))));
    }

    @Test
    void theCoordinatorSeesTheProposedPairsWithNamesScoresAndTheUnfilledRequestsWithWhy() {
        Browser coordinator = Browser.coordinator("handjehelpen");

        Document page = coordinator.page(PAGE);

        assertThat(page.select("input[type=checkbox][name=pair]").eachAttr("value"))
                .containsExactly(SHOPPING + ":" + ANNA, COMPUTER + ":" + BERT);
        assertThat(page.select("input[name=pair][checked]")).as("nothing is proposed unless ticked").isEmpty();
        Element anna = page.selectFirst("[data-request-id=" + SHOPPING + "][data-volunteer-id=" + ANNA + "]");
        assertThat(anna.select("label[for=" + anna.selectFirst("input[name=pair]").id() + "]").text())
                .isEqualTo("Anna de Vries voor Boodschappen doen");
        assertThat(anna.text()).contains("maarssen", "dinsdag ochtend", "81%");
        assertThat(anna.select("meter").attr("value")).isEqualTo("81");
        assertThat(page.selectFirst("[data-volunteer-id=" + BERT + "]").text()).contains("10 december 2026", "middag",
                "50%");
        Element unfilled = page.selectFirst("[data-unfilled-request-id=" + GARDEN + "]");
        assertThat(unfilled.text()).contains("Tuin opruimen", "Er zijn nog 2 vrijwilligers nodig.",
                "zijn al voorgesteld voor andere hulpvragen");
        assertThat(unfilled.select("a").attr("href")).isEqualTo("/coordinator/hulpvragen/" + GARDEN);
        assertThat(page.select("button#confirm-proposals").text()).isEqualTo("Bevestig de aangevinkte voorstellen");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo("/api/proposals"))
                .withHeader("Authorization", equalTo("Bearer " + coordinator.accessToken())));
        StandIns.gateway().verify(WireMock.getRequestedFor(urlPathEqualTo("/api/volunteers"))
                .withQueryParam("id", equalTo(ANNA.toString())).withQueryParam("id", equalTo(BERT.toString())));
        StandIns.gateway().verify(0, postRequestedFor(urlPathEqualTo(MATCHES)));
    }

    @Test
    void theReasonsAreInEnglishAfterTheSwitch() {
        Document page = Browser.coordinator("handjehelpen").inEnglish().page(PAGE);

        assertThat(page.select("[data-unfilled-request-id=" + GARDEN + "]").text())
                .contains("2 more volunteers are needed.", "have no room left");
        assertThat(page.select("#confirm-proposals").text()).isEqualTo("Confirm the ticked proposals");
    }

    @Test
    void theStartPageLinksTheProposals() {
        StandIns.gateway().stubFor(get(urlPathEqualTo("/api/requests")).willReturn(okJson("{\"items\": []}")));
        StandIns.gateway().stubFor(get(urlPathEqualTo(MATCHES)).willReturn(okJson("{\"items\": []}")));

        Document start = Browser.coordinator("handjehelpen").page("/coordinator");

        assertThat(start.select("main a[href=" + PAGE + "]")).hasSize(1);
    }

    @Test
    void aVolunteerGetsThe403PageAndTheApiIsNotAsked() {
        Response response = Browser.volunteer("vol-proposals").get(PAGE);

        assertThat(response.statusCode()).isEqualTo(403);
        StandIns.gateway().verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void confirmingProposesEachTickedPairOnceWithItsOwnIdempotencyKey() {
        StandIns.gateway().stubFor(post(MATCHES).willReturn(created()));
        Browser coordinator = Browser.coordinator("handjehelpen");
        String formKey = coordinator.page(PAGE).select("input[name=idempotencyKey]").val();

        Response confirmed = coordinator.postFields(PAGE, Map.of("pair", List.of(COMPUTER + ":" + BERT),
                "idempotencyKey", List.of(formKey)));

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.header("Location")).endsWith(PAGE + "?gedaan=proposals_confirmed");
        List<LoggedRequest> proposals = StandIns.gateway().findAll(postRequestedFor(urlPathEqualTo(MATCHES)));
        assertThat(proposals).as("only the ticked pair").hasSize(1);
        assertThat(proposals.get(0).getBodyAsString()).isEqualTo(json(COMPUTER, BERT));
        assertThat(proposals.get(0).getHeader("Authorization")).isEqualTo("Bearer " + coordinator.accessToken());
        String key = proposals.get(0).getHeader("Idempotency-Key");

        coordinator.postFields(PAGE, Map.of("pair", List.of(COMPUTER + ":" + BERT, SHOPPING + ":" + ANNA),
                "idempotencyKey", List.of(formKey)));
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo(MATCHES)).withHeader("Idempotency-Key",
                equalTo(key)).withRequestBody(equalToJson(json(COMPUTER, BERT))));
        String annasKey = StandIns.gateway().findAll(postRequestedFor(urlPathEqualTo(MATCHES))
                .withRequestBody(equalToJson(json(SHOPPING, ANNA)))).get(0).getHeader("Idempotency-Key");
        assertThat(annasKey).as("another pair, another key").isNotEqualTo(key);

        Document after = coordinator.page(PAGE + "?gedaan=proposals_confirmed");
        assertThat(after.select("#flash").text()).startsWith("De aangevinkte voorstellen zijn gedaan.");
    }

    @Test
    void aPairTheApiRefusesIsToldBesideThatPairWhileTheOthersGoThrough() {
        StandIns.gateway().stubFor(post(MATCHES).withRequestBody(equalToJson(json(SHOPPING, ANNA)))
                .willReturn(created()));
        StandIns.gateway().stubFor(post(MATCHES).withRequestBody(equalToJson(json(COMPUTER, BERT)))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type": "https://talentenbureau.nl/problems/conflict", "title": "Conflict",
                                 "status": 409, "detail": "the volunteer is at full capacity"}""")));
        Browser coordinator = Browser.coordinator("handjehelpen");
        coordinator.page(PAGE);

        Response answer = coordinator.postFields(PAGE, Map.of("pair",
                List.of(SHOPPING + ":" + ANNA, COMPUTER + ":" + BERT)));

        assertThat(answer.statusCode()).isEqualTo(409);
        Document page = coordinator.read(answer);
        assertThat(page.select("#form-error[role=alert]").text())
                .isEqualTo(
                        "1 van de 2 aangevinkte voorstellen zijn gedaan. Bij de andere staat hieronder waarom dat niet kon.");
        Element refused = page.selectFirst("[data-pair=" + COMPUTER + ":" + BERT + "]");
        assertThat(refused.attr("data-outcome")).isEqualTo("refused");
        assertThat(refused.text()).contains("Bert Bakker", "Computerhulp",
                "Niet voorgesteld: de vrijwilliger is intussen bezet");
        Element proposed = page.selectFirst("[data-pair=" + SHOPPING + ":" + ANNA + "]");
        assertThat(proposed.attr("data-outcome")).isEqualTo("proposed");
        assertThat(proposed.text()).contains("Anna de Vries", "Voorgesteld.");
        StandIns.gateway().verify(2, postRequestedFor(urlPathEqualTo(MATCHES)));
    }

    @Test
    void confirmingWithNothingTickedAsksForATickAndProposesNothing() {
        Browser coordinator = Browser.coordinator("handjehelpen");
        coordinator.page(PAGE);

        Response answer = coordinator.post(PAGE, "idempotencyKey", UUID.randomUUID().toString());

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = coordinator.read(answer);
        assertThat(page.select("#pair-error").text()).isEqualTo("Vink minstens één voorstel aan.");
        assertThat(page.select("fieldset[aria-describedby=pair-error]")).hasSize(1);
        StandIns.gateway().verify(0, postRequestedFor(urlPathEqualTo(MATCHES)));
    }

    @Test
    void aConfirmWithoutTheCsrfTokenIsRefusedAndNeverReachesTheApi() {
        Browser coordinator = Browser.coordinator("handjehelpen");
        coordinator.page(PAGE);

        Response response = coordinator.postWithoutToken(PAGE, Map.of("pair", SHOPPING + ":" + ANNA));

        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, postRequestedFor(urlPathEqualTo(MATCHES)));
    }

    @Test
    void anErrorOfTheProposalsApiIsASentence() {
        StandIns.gateway().stubFor(post("/api/proposals").willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/unprocessable", "title": "Unprocessable",
                         "status": 422, "detail": "kern not in the catalogue"}""")));
        Browser coordinator = Browser.coordinator("handjehelpen");

        Response response = coordinator.get(PAGE);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(coordinator.read(response).select("main").text()).contains("Dit kan niet worden gebruikt");
    }

    private static void request(UUID id, String title, String kern, String schedule) {
        StandIns.gateway().stubFor(get("/api/requests/" + id).willReturn(okJson("""
                {"id": "%s", "status": "OPEN", "title": "%s", "kern": "%s", "urgency": "NORMAL", "schedule": %s}"""
                .formatted(id, title, kern, schedule))));
    }

    private static ResponseDefinitionBuilder created() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(CoordinatorResourceTest.match("PROPOSED"));
    }

    private static String json(UUID request, UUID volunteer) {
        return "{\"requestId\":\"%s\",\"volunteerId\":\"%s\"}".formatted(request, volunteer);
    }
}
