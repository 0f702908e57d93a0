package nl.talentenbureau.web.coordinator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
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
class CoordinatorResourceTest {

    static final UUID REQUEST = UUID.fromString("0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f");
    static final UUID BEST = UUID.fromString("5d2e8a41-0c3b-4a7f-8e9d-1b2c3d4e5f60");
    static final UUID SECOND = UUID.fromString("6e3f9b52-1d4c-4b8a-9f0e-2c3d4e5f6a71");
    static final String MATCHES = "/api/matches";

    @BeforeEach
    void reset() {
        StandIns.reset();
    }

    @Test
    void aVolunteerOnACoordinatorPageGetsThe403PageInTheirLanguage() {
        Browser volunteer = Browser.volunteer("vol-403").inEnglish();
        Response response = volunteer.get("/coordinator");
        assertThat(response.statusCode()).isEqualTo(403);
        Document page = volunteer.read(response);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("This page is not for you");
        assertThat(volunteer.get("/coordinator/hulpvragen/" + REQUEST).statusCode()).isEqualTo(403);
        StandIns.gateway().verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void theStartPageListsTheOpenRequestsOfMyOrganisationMostUrgentFirst() {
        UUID low = UUID.randomUUID();
        UUID high = UUID.randomUUID();
        StandIns.gateway().stubFor(get(urlPathEqualTo("/api/requests")).withQueryParam("status", equalTo("OPEN"))
                .willReturn(
                        okJson("""
                                {"items": [
                                  {"id": "%s", "status": "OPEN", "title": "Boodschappen", "kern": "breukelen", "urgency": "LOW", "dueDate": "2026-12-01"},
                                  {"id": "%s", "status": "OPEN", "title": "Computerhulp", "kern": "maarssen", "urgency": "HIGH", "dueDate": "2026-12-20"}
                                ], "page": 0, "size": 100, "total": 2}"""
                                .formatted(low, high))));
        StandIns.gateway().stubFor(get(urlPathEqualTo(MATCHES)).willReturn(okJson("""
                {"items": [{"id": "%s", "requestId": "%s", "volunteerId": "%s", "status": "PROPOSED", "version": 0,
                            "answerDeadline": "2026-12-05T10:00:00Z"}], "total": 1}""".formatted(UUID.randomUUID(),
                low, BEST))));
        Browser coordinator = Browser.coordinator("handjehelpen");

        Document page = coordinator.page("/coordinator");

        assertThat(page.select("a[data-request-id]").eachAttr("data-request-id"))
                .containsExactly(high.toString(), low.toString());
        assertThat(page.selectFirst("a[data-request-id=" + high + "]").attr("href"))
                .isEqualTo("/coordinator/hulpvragen/" + high);
        assertThat(page.select("[data-state=PROPOSED]").text()).contains("5 december 2026");
        assertThat(page.select("a[href=/coordinator/bellijst]")).isNotEmpty();
        StandIns.gateway().verify(WireMock.getRequestedFor(urlPathEqualTo("/api/requests"))
                .withHeader("Authorization", equalTo("Bearer " + coordinator.accessToken())));
    }

    @Test
    void theStartPageListsTheRenewalsDueAndLinksTheVolunteerAndReportPages() {
        StandIns.gateway().stubFor(get(urlPathEqualTo("/api/requests")).willReturn(okJson("{\"items\": []}")));
        StandIns.gateway().stubFor(get(urlPathEqualTo(MATCHES)).willReturn(okJson("{\"items\": []}")));
        StandIns.gateway().stubFor(get(urlPathEqualTo("/api/volunteers/screening/expiring")).willReturn(okJson("""
                [{"volunteerId": "%s", "name": "Anna de Vries", "homeKern": "breukelen", "kind": "TRAINING",
                  "code": "first-aid", "expiresOn": "2020-01-09"},
                 {"volunteerId": "%s", "name": "Bert Bakker", "homeKern": "maarssen", "kind": "VOG",
                  "expiresOn": "2999-01-09"}]""".formatted(BEST, SECOND))));
        StandIns.gateway().stubFor(get("/api/catalog/trainings").willReturn(okJson("""
                [{"code": "first-aid", "nameNl": "EHBO", "nameEn": "First aid", "validYears": 2}]""")));
        Browser coordinator = Browser.coordinator("handjehelpen");

        Document page = coordinator.page("/coordinator");

        StandIns.gateway().verify(WireMock.getRequestedFor(urlPathEqualTo("/api/volunteers/screening/expiring"))
                .withQueryParam("withinDays", equalTo("60")).withQueryParam("includeExpired", equalTo("true"))
                .withHeader("Authorization", equalTo("Bearer " + coordinator.accessToken())));
        assertThat(page.select("tr[data-renewal=first-aid][data-expired=true]").text()).contains("Anna de Vries",
                "EHBO", "Verlopen op donderdag 9 januari 2020");
        assertThat(page.select("tr[data-renewal=VOG][data-expired=false]").text()).contains("Bert Bakker",
                "VOG", "Verloopt op woensdag 9 januari 2999");
        assertThat(page.select("tr[data-renewal=VOG] a").attr("href"))
                .isEqualTo("/coordinator/vrijwilligers/" + SECOND);
        assertThat(page.select("#volunteers-link").attr("href")).isEqualTo("/coordinator/vrijwilligers");
        assertThat(page.select("#report-link").attr("href")).isEqualTo("/coordinator/rapportage");
    }

    @Test
    void renewalsTheApiDoesNotGiveAreASentenceNotAnErrorPage() {
        StandIns.gateway().stubFor(get(urlPathEqualTo("/api/requests")).willReturn(okJson("{\"items\": []}")));
        StandIns.gateway().stubFor(get(urlPathEqualTo(MATCHES)).willReturn(okJson("{\"items\": []}")));
        StandIns.gateway().stubFor(get(urlPathEqualTo("/api/volunteers/screening/expiring"))
                .willReturn(aResponse().withStatus(403)));

        Document page = Browser.anonymous().signIn("admin-1", null, "admin").page("/coordinator");

        assertThat(page.select("#renewals-unavailable").text()).startsWith("De verlengingen kunnen hier niet");
    }

    @Test
    void theRequestPageShowsTheCandidatesBestFirstWithTheirReasonsAndProposesOne() {
        stubRequestPage("[]");
        Browser coordinator = Browser.coordinator("handjehelpen");

        Document page = coordinator.page("/coordinator/hulpvragen/" + REQUEST);

        assertThat(page.select("[data-volunteer-id]").eachAttr("data-volunteer-id"))
                .containsExactly(BEST.toString(), SECOND.toString());
        assertThat(page.selectFirst("[data-volunteer-id=" + BEST + "]").text()).contains("Anna de Vries", "81%",
                "Talenten", "talent digital-help at level 2, needs 1");
        assertThat(page.select("#excluded + ul, section:has(#excluded) li").text()).contains("31 × te ver weg");
        assertThat(page.select("button[name=propose][value=" + BEST + "]")).hasSize(1);
        assertThat(page.select("form:has(button[name=propose])").attr("action"))
                .isEqualTo("/coordinator/hulpvragen/" + REQUEST);

        StandIns.gateway().stubFor(WireMock.post(MATCHES).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(match("PROPOSED"))));
        Response proposed = coordinator.post("/coordinator/hulpvragen/" + REQUEST, "propose", BEST.toString(),
                "idempotencyKey", UUID.randomUUID().toString());

        assertThat(proposed.statusCode()).isEqualTo(303);
        assertThat(proposed.header("Location")).endsWith("/coordinator/hulpvragen/" + REQUEST + "?gedaan=proposed");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo(MATCHES))
                .withHeader("Authorization", equalTo("Bearer " + coordinator.accessToken()))
                .withHeader("Idempotency-Key", WireMock.matching("[0-9a-f-]{36}"))
                .withRequestBody(equalToJson("""
                        {"requestId": "%s", "volunteerId": "%s"}""".formatted(REQUEST, BEST))));

        stubRequestPage("[" + match("PROPOSED") + "]");
        Document after = coordinator.page("/coordinator/hulpvragen/" + REQUEST + "?gedaan=proposed");
        assertThat(after.select("#flash").text())
                .isEqualTo("De vrijwilliger is voorgesteld. Hij of zij krijgt het aanbod te zien.");
        assertThat(after.select("[data-volunteer-id=" + BEST + "] [data-state=PROPOSED]").text())
                .contains("voorgesteld");
    }

    @Test
    void aConflictFromTheApiIsASentenceInTheCoordinatorsLanguage() {
        stubRequestPage("[]");
        StandIns.gateway().stubFor(WireMock.post(MATCHES).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/conflict", "title": "Conflict", "status": 409,
                         "detail": "volunteer already has a live match for this request"}""")));

        Browser dutch = Browser.coordinator("handjehelpen");
        dutch.page("/coordinator/hulpvragen/" + REQUEST);
        Document nl = dutch.read(dutch.post("/coordinator/hulpvragen/" + REQUEST, "propose", BEST.toString()));
        assertThat(nl.select("#form-error[role=alert]").text()).startsWith("Dit kan nu niet: het botst");

        Browser english = Browser.coordinator("handjehelpen").inEnglish();
        english.page("/coordinator/hulpvragen/" + REQUEST);
        Response answer = english.post("/coordinator/hulpvragen/" + REQUEST, "propose", BEST.toString());
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(english.read(answer).select("#form-error").text()).startsWith("This is not possible now");
    }

    @Test
    void aProposalWithoutTheCsrfTokenIsRefusedAndNeverReachesTheApi() {
        stubRequestPage("[]");
        Browser coordinator = Browser.coordinator("handjehelpen");
        coordinator.page("/coordinator/hulpvragen/" + REQUEST);

        Response response = coordinator.postWithoutToken("/coordinator/hulpvragen/" + REQUEST,
                Map.of("propose", BEST.toString()));

        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, postRequestedFor(urlPathEqualTo(MATCHES)));
    }

    static String match(String state) {
        return """
                {"id": "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f", "requestId": "%s", "volunteerId": "%s",
                 "status": "%s", "version": 0, "answerDeadline": "2026-12-05T10:00:00Z"}""".formatted(REQUEST, BEST,
                state);
    }

    static void stubRequestPage(String matches) {
        StandIns.gateway().stubFor(get("/api/requests/" + REQUEST).willReturn(okJson("""
                {"id": "%s", "status": "OPEN", "title": "Computerhulp voor mevrouw", "kern": "breukelen",
                 "theme": "digital", "urgency": "HIGH", "dueDate": "2026-12-20"}""".formatted(REQUEST))));
        StandIns.gateway().stubFor(get(urlPathEqualTo("/api/candidates")).withQueryParam("requestId",
                equalTo(REQUEST.toString())).willReturn(
                        okJson("""
                                {"requestId": "%s", "volunteers": 50, "eligible": 2,
                                 "candidates": [
                                   {"volunteerId": "%s", "score": 0.8125, "components": [
                                     {"component": "SKILLS", "value": 0.75, "weight": 0.35, "reason": "talent digital-help at level 2, needs 1"},
                                     {"component": "DISTANCE", "value": 1.0, "weight": 0.2, "reason": "same kern"}]},
                                   {"volunteerId": "%s", "score": 0.5, "components": []}],
                                 "excluded": [{"reason": "TOO_FAR", "count": 31, "description": "31 too far"}]}
                                """
                                .formatted(REQUEST, BEST, SECOND))));
        StandIns.gateway().stubFor(get(urlPathEqualTo(MATCHES)).withQueryParam("requestId",
                equalTo(REQUEST.toString())).willReturn(okJson("{\"items\": " + matches + ", \"total\": 0}")));
        StandIns.gateway().stubFor(get(urlPathEqualTo("/api/volunteers")).willReturn(okJson("""
                {"items": [{"id": "%s", "name": "Anna de Vries"}, {"id": "%s", "name": "Bert Bakker"}], "total": 2}
                """.formatted(BEST, SECOND))));
    }
}
