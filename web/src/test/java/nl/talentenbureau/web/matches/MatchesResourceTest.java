package nl.talentenbureau.web.matches;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
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

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.web.testing.Browser;
import nl.talentenbureau.web.testing.StandIns;

@QuarkusTest
@QuarkusTestResource(StandIns.class)
class MatchesResourceTest {

    static final UUID MATCH = UUID.fromString("7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
    static final UUID REQUEST = UUID.fromString("0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f");
    static final String PAGE = "/mijn-matches/" + MATCH;

    @BeforeEach
    void reset() {
        StandIns.reset();
        StandIns.gateway().stubFor(get("/api/requests/" + REQUEST).willReturn(okJson("""
                {"id": "%s", "title": "Computerhulp voor mevrouw", "kern": "breukelen",
                 "schedule": {"type": "WEEKLY", "slots": ["TUE_MORNING"], "startsOn": "2026-12-01"}}"""
                .formatted(REQUEST))));
    }

    @Test
    void theListShowsMyMatchesWhatIsGoingOnNowFirst() {
        UUID done = UUID.randomUUID();
        stubList("ACTIVE", match(MATCH, "ACTIVE", 3));
        stubList("ACCEPTED", null);
        stubList("COMPLETED", match(done, "COMPLETED", 1));
        stubList("ENDED", null);
        Browser volunteer = Browser.volunteer("vol-m1");

        Document page = volunteer.page("/mijn-matches");

        assertThat(page.select("h1").text()).isEqualTo("Mijn matches");
        assertThat(page.select("[data-match-id]").eachAttr("data-match-id")).containsExactly(MATCH.toString(),
                done.toString());
        assertThat(page.selectFirst("[data-match-id=" + MATCH + "]").text()).contains("bezig",
                "Uren tot nu toe: 12.5", "dinsdag ochtend");
        assertThat(page.selectFirst("[data-match-id=" + MATCH + "] a").attr("href")).isEqualTo(PAGE);
        StandIns.gateway().verify(com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(urlPathEqualTo("/api/offers")).withQueryParam("status", equalTo("ACTIVE"))
                .withHeader("Authorization", equalTo("Bearer " + volunteer.accessToken())));
    }

    @Test
    void aCoordinatorGetsThe403PageAndTheApiIsNotAsked() {
        Browser coordinator = Browser.coordinator("handjehelpen");
        Response response = coordinator.get("/mijn-matches");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(coordinator.read(response).select("h1").text()).isEqualTo("Deze pagina is niet voor u");
        assertThat(coordinator.get(PAGE).statusCode()).isEqualTo(403);
        StandIns.gateway().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anActiveMatchHasTheThreeFormsAndLogsHoursAsTheApiWantsThem() {
        stubOne("ACTIVE");
        Browser volunteer = Browser.volunteer("vol-m2");
        Document page = volunteer.page(PAGE);

        assertThat(page.select("#match-state").attr("data-state")).isEqualTo("ACTIVE");
        assertThat(page.select("label[for=workedOn]")).hasSize(1);
        assertThat(page.select("label[for=hours]")).hasSize(1);
        assertThat(page.select("label[for=comment]")).hasSize(1);
        assertThat(page.select("label[for=endReason]")).hasSize(1);
        assertThat(page.select("fieldset#rating input[type=radio]")).hasSize(5);

        StandIns.gateway().stubFor(post("/api/offers/" + MATCH + "/hours").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        Response logged = volunteer.post(PAGE + "/uren", "workedOn", "2026-11-24", "hours", "1,5");

        assertThat(logged.statusCode()).isEqualTo(303);
        assertThat(logged.header("Location")).endsWith(PAGE + "?gedaan=hours_logged");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo("/api/offers/" + MATCH + "/hours"))
                .withHeader("Authorization", equalTo("Bearer " + volunteer.accessToken()))
                .withRequestBody(equalToJson("""
                        {"workedOn": "2026-11-24", "hours": 1.5}""")));
        assertThat(volunteer.page(PAGE + "?gedaan=hours_logged").select("#flash").text())
                .isEqualTo("Uw uren zijn opgeslagen.");
    }

    @Test
    void hoursThatAreNotANumberAreAnErrorAtTheFieldAndNeverReachTheApi() {
        stubOne("ACTIVE");
        Browser volunteer = Browser.volunteer("vol-m3");
        volunteer.page(PAGE);

        Response answer = volunteer.post(PAGE + "/uren", "workedOn", "2026-11-24", "hours", "twee");

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = volunteer.read(answer);
        assertThat(page.select("#hours-error").text()).startsWith("Vul het aantal uren in als getal");
        assertThat(page.select("#hours").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#hours").attr("aria-describedby")).contains("hours-error");
        assertThat(page.select("#hours").val()).isEqualTo("twee");
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void theApisFieldErrorIsShownAtTheFieldInEnglish() {
        stubOne("ACTIVE");
        StandIns.gateway().stubFor(post("/api/offers/" + MATCH + "/hours").willReturn(problem(400, "validation",
                """
                        , "errors": [{"field": "logHours.input.hours", "message": "must be less than or equal to 24"}]""")));
        Browser volunteer = Browser.volunteer("vol-m4").inEnglish();
        volunteer.page(PAGE);

        Document page = volunteer.read(volunteer.post(PAGE + "/uren", "workedOn", "2026-11-24", "hours", "30"));

        assertThat(page.select("#hours-error").text()).startsWith("Fill in the hours as a number");
        assertThat(page.select("#form-error")).isEmpty();
    }

    @Test
    void feedbackSendsTheRatingAndTheCommentAndAMissingRatingIsAnError() {
        stubOne("COMPLETED");
        StandIns.gateway().stubFor(post("/api/offers/" + MATCH + "/feedback").willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        Browser volunteer = Browser.volunteer("vol-m5");
        Document page = volunteer.page(PAGE);
        assertThat(page.select("#workedOn")).as("no hours on a completed match").isEmpty();
        assertThat(page.select("#endReason")).isEmpty();

        Response missing = volunteer.post(PAGE + "/reactie", "comment", "Fijn");
        assertThat(missing.statusCode()).isEqualTo(400);
        Document again = volunteer.read(missing);
        assertThat(again.select("#rating-error").text()).isEqualTo("Kies een oordeel van 1 tot 5.");
        assertThat(again.select("#comment").text()).isEqualTo("Fijn");
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));

        Response given = volunteer.post(PAGE + "/reactie", "rating", "4", "comment", " Een goede klik ");
        assertThat(given.header("Location")).endsWith("?gedaan=feedback_given");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo("/api/offers/" + MATCH + "/feedback"))
                .withRequestBody(equalToJson("""
                        {"rating": 4, "comment": "Een goede klik"}""")));
    }

    @Test
    void feedbackGivenTwiceIsASentenceNotAnError() {
        stubOne("COMPLETED");
        StandIns.gateway().stubFor(post("/api/offers/" + MATCH + "/feedback").willReturn(problem(409, "conflict",
                "")));
        Browser volunteer = Browser.volunteer("vol-m6");
        volunteer.page(PAGE);
        Response answer = volunteer.post(PAGE + "/reactie", "rating", "5");
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(volunteer.read(answer).select("#form-error[role=alert]").text()).startsWith("Dit kan nu niet");
    }

    @Test
    void endingSendsTheReasonWithIfMatchAndAStaleVersionIsASentence() {
        stubOne("ACTIVE");
        StandIns.gateway().stubFor(post("/api/offers/" + MATCH + "/end").willReturn(okJson(match(MATCH, "ENDED",
                4))));
        Browser volunteer = Browser.volunteer("vol-m7");
        volunteer.page(PAGE);

        Response blank = volunteer.post(PAGE + "/beeindigen", "version", "3", "endReason", "  ");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(volunteer.read(blank).select("#endReason-error").text()).startsWith("Vertel kort waarom");

        Response ended = volunteer.post(PAGE + "/beeindigen", "version", "3", "endReason", "Ik verhuis");
        assertThat(ended.header("Location")).endsWith("?gedaan=ended");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo("/api/offers/" + MATCH + "/end"))
                .withHeader("If-Match", equalTo("\"3\"")).withRequestBody(equalToJson("""
                        {"reason": "Ik verhuis"}""")));

        StandIns.gateway().stubFor(post("/api/offers/" + MATCH + "/end").willReturn(problem(412,
                "precondition-failed", "")));
        Document stale = volunteer.read(volunteer.post(PAGE + "/beeindigen", "version", "2", "endReason", "Weg"));
        assertThat(stale.select("#form-error").text()).startsWith("Iemand anders heeft dit intussen gewijzigd");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndNeverReachesTheApi() {
        stubOne("ACTIVE");
        Browser volunteer = Browser.volunteer("vol-m8");
        volunteer.page(PAGE);
        Response response = volunteer.postWithoutToken(PAGE + "/uren", Map.of("workedOn", "2026-11-24", "hours",
                "2"));
        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));
    }

    static void stubOne(String state) {
        StandIns.gateway().stubFor(get("/api/offers/" + MATCH).willReturn(okJson(match(MATCH, state, 3))));
    }

    static void stubList(String state, String item) {
        StandIns.gateway().stubFor(get(urlPathEqualTo("/api/offers")).withQueryParam("status", equalTo(state))
                .willReturn(okJson("{\"items\": [" + (item == null ? "" : item) + "], \"total\": 0}")));
    }

    static String match(UUID id, String state, long version) {
        return """
                {"id": "%s", "requestId": "%s", "organisation": "handjehelpen", "status": "%s", "version": %d,
                 "hoursLogged": 12.5}""".formatted(id, REQUEST, state, version);
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String kind,
            String more) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody("""
                {"type": "https://talentenbureau.nl/problems/%s", "title": "x", "status": %d%s}"""
                .formatted(kind, status, more));
    }
}
