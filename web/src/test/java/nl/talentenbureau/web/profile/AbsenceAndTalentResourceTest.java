package nl.talentenbureau.web.profile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
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
class AbsenceAndTalentResourceTest {

    static final String ME = "/api/volunteers/me";
    static final String ABSENCES = ME + "/absences";
    static final String ABSENCE = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";

    @BeforeEach
    void reset() {
        StandIns.reset();
        StandIns.gateway().stubFor(get(ME).willReturn(okJson(ProfileFixtures.profile(3, ""))));
        StandIns.gateway().stubFor(get(ABSENCES).willReturn(okJson("""
                [{"id": "%s", "startsOn": "2026-12-24", "endsOn": "2027-01-02"}]""".formatted(ABSENCE))));
        StandIns.gateway().stubFor(get("/api/catalog/talents").willReturn(okJson("""
                [{"code": "digital-help", "theme": "digital", "nameNl": "Digitale hulp", "nameEn": "Digital help"},
                 {"code": "driving", "theme": "mobility", "nameNl": "Autorijden", "nameEn": "Driving"},
                 {"code": "telegraph", "theme": "digital", "nameNl": "Telegraaf", "nameEn": "Telegraph",
                  "retiredAt": "2026-01-01T00:00:00Z"}]""")));
        StandIns.gateway().stubFor(get("/api/catalog/themes").willReturn(okJson("""
                [{"code": "digital", "nameNl": "Digitale vitaliteit", "nameEn": "Digital vitality"},
                 {"code": "mobility", "nameNl": "Mobiliteit", "nameEn": "Mobility"}]""")));
    }

    @Test
    void absencesAreListedAndANewOneIsSentAsTheApiWantsIt() {
        StandIns.gateway().stubFor(post(ABSENCES).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "startsOn": "2027-03-01", "endsOn": "2027-03-08"}""".formatted(ABSENCE))));
        Browser volunteer = Browser.volunteer("vol-b1");
        Document page = volunteer.page("/afwezigheid");
        assertThat(page.select("h1").text()).isEqualTo("Afwezigheid");
        assertThat(page.select("[data-absence-id=" + ABSENCE + "]").text()).contains("24 december 2026",
                "2 januari 2027", "Verwijderen");
        assertThat(page.select("label[for=startsOn]")).hasSize(1);
        assertThat(page.select("label[for=endsOn]")).hasSize(1);

        Response added = volunteer.post("/afwezigheid", "startsOn", "2027-03-01", "endsOn", "2027-03-08");

        assertThat(added.header("Location")).endsWith("/afwezigheid?gedaan=absence_added");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo(ABSENCES))
                .withHeader("Authorization", equalTo("Bearer " + volunteer.accessToken()))
                .withRequestBody(equalToJson("""
                        {"startsOn": "2027-03-01", "endsOn": "2027-03-08"}""")));
    }

    @Test
    void anEndBeforeTheStartIsAnErrorAtTheEndAndNeverReachesTheApi() {
        Browser volunteer = Browser.volunteer("vol-b2").inEnglish();
        volunteer.page("/afwezigheid");
        Response answer = volunteer.post("/afwezigheid", "startsOn", "2027-03-08", "endsOn", "2027-03-01");
        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = volunteer.read(answer);
        assertThat(page.select("#endsOn-error").text()).startsWith("Fill in the last day. It may not be before");
        assertThat(page.select("#startsOn-error")).isEmpty();
        assertThat(page.select("#endsOn").attr("aria-invalid")).isEqualTo("true");
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void tooManyAbsencesIsASentenceAndRemovingOneCallsTheApi() {
        StandIns.gateway().stubFor(post(ABSENCES).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/conflict", "status": 409}""")));
        StandIns.gateway().stubFor(delete(ABSENCES + "/" + ABSENCE).willReturn(aResponse().withStatus(204)));
        Browser volunteer = Browser.volunteer("vol-b3");
        volunteer.page("/afwezigheid");
        Response answer = volunteer.post("/afwezigheid", "startsOn", "2027-03-01", "endsOn", "2027-03-08");
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(volunteer.read(answer).select("#form-error").text()).startsWith("Dit kan nu niet");

        Response removed = volunteer.post("/afwezigheid/" + ABSENCE + "/verwijderen");
        assertThat(removed.header("Location")).endsWith("?gedaan=absence_removed");
        StandIns.gateway().verify(deleteRequestedFor(urlPathEqualTo(ABSENCES + "/" + ABSENCE)));
    }

    @Test
    void talentsShowTheCatalogueWithMyLevelsAndThemes() {
        Document page = Browser.volunteer("vol-t1").page("/talenten");

        assertThat(page.select("h1").text()).isEqualTo("Talenten");
        assertThat(page.select("select[id^=level-]").eachAttr("id")).as("a retired talent I do not hold is gone")
                .containsExactly("level-digital-help", "level-driving");
        assertThat(page.select("label[for=level-digital-help]").text()).isEqualTo("Digitale hulp");
        assertThat(page.select("#level-digital-help option[selected]").val()).isEqualTo("2");
        assertThat(page.select("#level-driving option[selected]").val()).isEmpty();
        assertThat(page.select("#theme-digital").hasAttr("checked")).isTrue();
        assertThat(page.select("#theme-mobility").hasAttr("checked")).isFalse();
    }

    @Test
    void savingTalentsSendsTheWholeProfileWithIfMatch() {
        StandIns.gateway().stubFor(put(ME).willReturn(okJson(ProfileFixtures.profile(4, ""))));
        Browser volunteer = Browser.volunteer("vol-t2");
        volunteer.page("/talenten");

        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("version", List.of("3"));
        form.put("level-digital-help", List.of("3"));
        form.put("level-driving", List.of("1"));
        form.put("theme", List.of("mobility", "bogus"));
        Response saved = volunteer.postFields("/talenten", form);

        assertThat(saved.header("Location")).endsWith("/talenten?gedaan=talents_saved");
        StandIns.gateway().verify(putRequestedFor(urlPathEqualTo(ME)).withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("""
                        {"name": "Anna de Vries", "email": "anna@example.org", "phone": "+31 6 12345678",
                         "birthYear": 1958, "homeKern": "breukelen", "maxTravelKm": 10, "languages": ["nl"],
                         "talents": [{"code": "digital-help", "level": 3}, {"code": "driving", "level": 1}],
                         "availability": [], "themes": ["mobility"]}""")));
    }

    @Test
    void aStaleTalentSaveShowsWhatIsSavedNowWithASentence() {
        StandIns.gateway().stubFor(put(ME).willReturn(aResponse().withStatus(412)));
        Browser volunteer = Browser.volunteer("vol-t3").inEnglish();
        volunteer.page("/talenten");
        Response answer = volunteer.postFields("/talenten", Map.of("version", List.of("2")));
        assertThat(answer.statusCode()).isEqualTo(409);
        Document page = volunteer.read(answer);
        assertThat(page.select("#form-error[role=alert]").text()).startsWith("Your talents were changed");
        assertThat(page.select("label[for=level-digital-help]").text()).isEqualTo("Digital help");
        assertThat(page.select("input[name=version]").val()).isEqualTo("3");
    }

    @Test
    void aCoordinatorGetsThe403PageAndFormsWithoutCsrfAreRefused() {
        StandIns.reset();
        Browser coordinator = Browser.coordinator("handjehelpen");
        assertThat(coordinator.get("/afwezigheid").statusCode()).isEqualTo(403);
        assertThat(coordinator.get("/talenten").statusCode()).isEqualTo(403);
        StandIns.gateway().verify(0, anyRequestedFor(anyUrl()));

        reset();
        Browser volunteer = Browser.volunteer("vol-t4");
        volunteer.page("/talenten");
        assertThat(volunteer.postWithoutToken("/talenten", Map.of("version", "3")).statusCode()).isBetween(400,
                403);
        assertThat(volunteer.postWithoutToken("/afwezigheid", Map.of("startsOn", "2027-03-01", "endsOn",
                "2027-03-08")).statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, putRequestedFor(anyUrl()));
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));
    }
}
