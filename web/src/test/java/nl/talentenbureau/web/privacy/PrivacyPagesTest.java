package nl.talentenbureau.web.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
class PrivacyPagesTest {

    static final String ME = "/api/volunteers/me";

    @BeforeEach
    void reset() {
        StandIns.reset();
        StandIns.gateway().stubFor(get(ME).willReturn(okJson(PROFILE)));
    }

    @Test
    void consentsShowEachPurposeInWordsWithItsStateNotByColourAlone() {
        Document page = Browser.volunteer("vol-p1").page("/toestemmingen");

        assertThat(page.select("h1").text()).isEqualTo("Toestemmingen");
        assertThat(page.select("[data-purpose]").eachAttr("data-purpose")).containsExactly("MATCHING",
                "CONTACT_BY_COORDINATORS", "IMPACT_RESEARCH", "NEWSLETTER");
        assertThat(page.select("#consent-MATCHING").text()).contains("Voorgesteld worden voor hulpvragen",
                "Gegeven", "maandag 2 november 2026", "Toestemming intrekken");
        assertThat(page.select("#consent-NEWSLETTER").text()).contains("Niet gegeven",
                "ingetrokken op dinsdag 10 november 2026", "Ja, ik geef toestemming");
        assertThat(page.select("#consent-IMPACT_RESEARCH").text()).contains("Niet gegeven");
        assertThat(page.select("#consent-MATCHING form").attr("action"))
                .isEqualTo("/toestemmingen/MATCHING/intrekken");
    }

    @Test
    void givingAndWithdrawingCallTheApiForThatPurpose() {
        StandIns.gateway().stubFor(put(ME + "/consents/NEWSLETTER").willReturn(okJson("""
                {"purpose": "NEWSLETTER", "active": true}""")));
        StandIns.gateway().stubFor(delete(ME + "/consents/MATCHING").willReturn(okJson("""
                {"purpose": "MATCHING", "active": false}""")));
        Browser volunteer = Browser.volunteer("vol-p2");
        volunteer.page("/toestemmingen");

        Response given = volunteer.post("/toestemmingen/NEWSLETTER/geven", "give", "NEWSLETTER");
        assertThat(given.statusCode()).isEqualTo(303);
        assertThat(given.header("Location")).contains("/toestemmingen?gedaan=consent_given");
        StandIns.gateway().verify(putRequestedFor(urlPathEqualTo(ME + "/consents/NEWSLETTER"))
                .withHeader("Authorization", equalTo("Bearer " + volunteer.accessToken())));

        Response withdrawn = volunteer.post("/toestemmingen/MATCHING/intrekken", "withdraw", "MATCHING");
        assertThat(withdrawn.header("Location")).contains("gedaan=consent_withdrawn");
        StandIns.gateway().verify(deleteRequestedFor(urlPathEqualTo(ME + "/consents/MATCHING")));
        assertThat(volunteer.page("/toestemmingen?gedaan=consent_withdrawn").select("#flash").text())
                .isEqualTo("Uw toestemming is ingetrokken.");
    }

    @Test
    void anUnknownPurposeNeverReachesTheApiAndAnApiErrorIsASentenceInEnglish() {
        Browser volunteer = Browser.volunteer("vol-p3").inEnglish();
        volunteer.page("/toestemmingen");
        assertThat(volunteer.post("/toestemmingen/EVERYTHING/geven").statusCode()).isEqualTo(404);
        StandIns.gateway().verify(0, putRequestedFor(anyUrl()));

        StandIns.gateway().stubFor(put(ME + "/consents/NEWSLETTER").willReturn(aResponse().withStatus(503)));
        Response answer = volunteer.post("/toestemmingen/NEWSLETTER/geven");
        assertThat(volunteer.read(answer).select("#form-error").text()).startsWith("The system cannot be reached");
    }

    @Test
    void myDataIsDownloadedAsAFileThatNoCacheKeeps() {
        StandIns.gateway().stubFor(get(ME + "/export").willReturn(okJson("""
                {"exportedAt": "2026-12-02T10:00:00Z", "profile": {"name": "Anna de Vries"}}""")));
        Browser volunteer = Browser.volunteer("vol-p4");
        Document page = volunteer.page("/mijn-gegevens");
        assertThat(page.select("h1").text()).isEqualTo("Mijn gegevens");
        assertThat(page.select("a#download").attr("href")).isEqualTo("/mijn-gegevens/download");
        assertThat(page.select("a#delete-account").attr("href")).isEqualTo("/account-verwijderen");

        Response file = volunteer.get("/mijn-gegevens/download");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"mijn-gegevens.json\"");
        assertThat(file.header("Cache-Control")).isEqualTo("no-store");
        assertThat(file.contentType()).startsWith("application/json");
        assertThat(file.body().asString()).contains("\"name\": \"Anna de Vries\"");
        StandIns.gateway().verify(com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(urlPathEqualTo(ME + "/export"))
                .withHeader("Authorization", equalTo("Bearer " + volunteer.accessToken())));
    }

    @Test
    void aCoordinatorGetsThe403PageOnEachPrivacyPage() {
        StandIns.reset();
        Browser coordinator = Browser.coordinator("handjehelpen");
        for (String path : new String[]{"/toestemmingen", "/mijn-gegevens", "/mijn-gegevens/download",
                "/account-verwijderen"}) {
            Response response = coordinator.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
        }
        StandIns.gateway().verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
    }

    @Test
    void aConsentWithoutTheCsrfTokenIsRefused() {
        Browser volunteer = Browser.volunteer("vol-p5");
        volunteer.page("/toestemmingen");
        Response response = volunteer.postWithoutToken("/toestemmingen/NEWSLETTER/geven", Map.of("give",
                "NEWSLETTER"));
        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, putRequestedFor(anyUrl()));
    }

    static final String PROFILE = """
            {"id": "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31", "name": "Anna de Vries", "version": 3,
             "consents": [{"purpose": "MATCHING", "givenAt": "2026-11-02T10:15:30+01:00", "active": true},
                          {"purpose": "NEWSLETTER", "givenAt": "2026-11-02T10:15:30+01:00",
                           "withdrawnAt": "2026-11-10T10:15:30+01:00", "active": false}]}""";
}
