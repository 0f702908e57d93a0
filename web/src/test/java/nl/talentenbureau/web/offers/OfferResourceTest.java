package nl.talentenbureau.web.offers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.web.testing.Browser;
import nl.talentenbureau.web.testing.StandIns;

@QuarkusTest
@QuarkusTestResource(StandIns.class)
class OfferResourceTest {

    static final UUID OFFER = UUID.fromString("7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
    static final UUID REQUEST = UUID.fromString("0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f");
    static final String PAGE = "/aanbod/" + OFFER;

    @BeforeEach
    void reset() {
        StandIns.reset();
        StandIns.gateway().stubFor(get("/api/requests/" + REQUEST).willReturn(okJson("""
                {"id": "%s", "title": "Boodschappen doen", "kern": "maarssen",
                 "schedule": {"type": "ONE_OFF", "date": "2026-12-10", "dayParts": ["AFTERNOON"]}}"""
                .formatted(REQUEST))));
        StandIns.gateway().stubFor(get("/api/offers/" + OFFER).willReturn(okJson(offer("PROPOSED", 2))));
    }

    @Test
    void theOfferPageSaysWhatWhereWhenAndUntilWhen() {
        Document page = Browser.volunteer("vol-o1").page(PAGE);

        assertThat(page.select("h1").text()).isEqualTo("Boodschappen doen");
        assertThat(page.select("main dl").text()).contains("maarssen", "10 december 2026", "middag", "5 december 2026");
        assertThat(page.select("#match-state").attr("data-state")).isEqualTo("PROPOSED");
        assertThat(page.select("button#accept")).hasSize(1);
        assertThat(page.select("label[for=decline-reason]")).hasSize(1);
        assertThat(page.select("label[for=decline-note]")).hasSize(1);
    }

    @Test
    void theKernIsNamedAsTheCatalogueNamesIt() {
        StandIns.gateway().stubFor(get("/api/catalog/kernen").willReturn(okJson("""
                [{"code": "maarssen", "name": "Maarssen-dorp"}, {"code": "breukelen", "name": "Breukelen"}]""")));

        Document page = Browser.volunteer("vol-o1").page(PAGE);

        assertThat(page.select("main dl dd").first().text()).isEqualTo("Maarssen-dorp");
    }

    @Test
    void acceptingSendsTheVersionReadAsIfMatch() {
        StandIns.gateway().stubFor(post("/api/offers/" + OFFER + "/accept").willReturn(okJson(offer("ACCEPTED",
                3))));
        Browser volunteer = Browser.volunteer("vol-o2");
        volunteer.page(PAGE);

        Response accepted = volunteer.post(PAGE + "/accepteren", "version", "2");

        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.header("Location")).endsWith(PAGE + "?gedaan=accepted");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo("/api/offers/" + OFFER + "/accept"))
                .withHeader("If-Match", equalTo("\"2\""))
                .withHeader("Authorization", equalTo("Bearer " + volunteer.accessToken())));
        StandIns.gateway().stubFor(get("/api/offers/" + OFFER).willReturn(okJson(offer("ACCEPTED", 3))));
        Document after = volunteer.page(PAGE + "?gedaan=accepted");
        assertThat(after.select("#flash").text()).isEqualTo("U heeft het aanbod aangenomen. Dank u wel!");
        assertThat(after.select("#match-state").attr("data-state")).isEqualTo("ACCEPTED");
        assertThat(after.select("#match-state").text()).isEqualTo("Stand: aangenomen");
        assertThat(after.select("button#accept")).isEmpty();
    }

    @Test
    void aStaleOfferIsASentenceInDutchAndEnglish() {
        StandIns.gateway().stubFor(post("/api/offers/" + OFFER + "/accept").willReturn(problem(412,
                "precondition-failed")));
        Browser dutch = Browser.volunteer("vol-o3");
        dutch.page(PAGE);
        Response answer = dutch.post(PAGE + "/accepteren", "version", "1");
        assertThat(answer.statusCode()).isEqualTo(412);
        assertThat(dutch.read(answer).select("#form-error[role=alert]").text())
                .isEqualTo(
                        "Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en doe het dan nog eens.");

        Browser english = Browser.volunteer("vol-o4").inEnglish();
        english.page(PAGE);
        assertThat(english.read(english.post(PAGE + "/accepteren", "version", "1")).select("#form-error").text())
                .startsWith("Someone else changed this");
    }

    @Test
    void anUnprocessableAnswerIsASentenceInDutchAndEnglish() {
        StandIns.gateway().stubFor(post("/api/offers/" + OFFER + "/decline").willReturn(problem(422,
                "unprocessable")));
        Browser dutch = Browser.volunteer("vol-o5");
        dutch.page(PAGE);
        Response answer = dutch.post(PAGE + "/afwijzen", "version", "2", "reason", "too_far", "note", "");
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(dutch.read(answer).select("#form-error").text()).startsWith("Dit kan niet worden gebruikt");

        Browser english = Browser.volunteer("vol-o6").inEnglish();
        english.page(PAGE);
        Document page = english.read(english.post(PAGE + "/afwijzen", "version", "2", "reason", "too_far"));
        assertThat(page.select("#form-error").text()).startsWith("This cannot be used");
        assertThat(page.select("#decline-reason option[selected]").val()).isEqualTo("too_far");
    }

    @Test
    void declineWithoutAReasonIsAnErrorAtTheFieldAndNeverReachesTheApi() {
        Browser volunteer = Browser.volunteer("vol-o7");
        volunteer.page(PAGE);

        Response answer = volunteer.post(PAGE + "/afwijzen", "version", "2", "reason", "", "note", "Op reis");

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = volunteer.read(answer);
        assertThat(page.select("#reason-error").text()).isEqualTo("Kies een reden.");
        assertThat(page.select("#decline-reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#decline-reason").attr("aria-describedby")).isEqualTo("reason-error");
        assertThat(page.select("#decline-note").text()).isEqualTo("Op reis");
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void declineSendsTheReasonInWordsOfTheVolunteersLanguageWithIfMatch() {
        StandIns.gateway().stubFor(post("/api/offers/" + OFFER + "/decline").willReturn(okJson(offer("DECLINED",
                3))));
        Browser volunteer = Browser.volunteer("vol-o8");
        volunteer.page(PAGE);

        Response declined = volunteer.post(PAGE + "/afwijzen", "version", "2", "reason", "not_available", "note",
                " Op vakantie ");

        assertThat(declined.header("Location")).endsWith("?gedaan=declined");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo("/api/offers/" + OFFER + "/decline"))
                .withHeader("If-Match", equalTo("\"2\"")).withRequestBody(equalToJson("""
                        {"reason": "Ik kan dan niet: Op vakantie"}""")));
    }

    @Test
    void aTooLongNoteFromTheApiIsShownAtTheNote() {
        StandIns.gateway().stubFor(post("/api/offers/" + OFFER + "/decline").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(
                        """
                                {"type": "https://talentenbureau.nl/problems/validation", "status": 400,
                                 "errors": [{"field": "decline.input.reason", "message": "size must be between 0 and 500"}]}""")));
        Browser volunteer = Browser.volunteer("vol-o9");
        volunteer.page(PAGE);
        Document page = volunteer.read(volunteer.post(PAGE + "/afwijzen", "version", "2", "reason", "other", "note",
                "x".repeat(600)));
        assertThat(page.select("#note-error").text()).startsWith("De toelichting is te lang");
        assertThat(page.select("#decline-note").attr("aria-describedby")).isEqualTo("note-error");
    }

    @Test
    void aCoordinatorGetsThe403PageAndAnAnswerWithoutCsrfIsRefused() {
        Browser coordinator = Browser.coordinator("handjehelpen");
        assertThat(coordinator.get(PAGE).statusCode()).isEqualTo(403);

        Browser volunteer = Browser.volunteer("vol-o10");
        volunteer.page(PAGE);
        Response response = volunteer.postWithoutToken(PAGE + "/accepteren", Map.of("version", "2"));
        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));
    }

    static String offer(String state, long version) {
        return """
                {"id": "%s", "requestId": "%s", "organisation": "handjehelpen", "status": "%s", "version": %d,
                 "answerDeadline": "2026-12-05T10:00:00Z"}""".formatted(OFFER, REQUEST, state, version);
    }

    static ResponseDefinitionBuilder problem(int status, String kind) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody("""
                {"type": "https://talentenbureau.nl/problems/%s", "title": "x", "status": %d}""".formatted(kind,
                status));
    }
}
