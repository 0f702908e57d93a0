package nl.talentenbureau.web.profile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.web.testing.Browser;
import nl.talentenbureau.web.testing.StandIns;

@QuarkusTest
@QuarkusTestResource(StandIns.class)
class WeekResourceTest {

    static final String ME = "/api/volunteers/me";

    @BeforeEach
    void reset() {
        StandIns.reset();
    }

    @Test
    void theWeekIsATableOfTwentyOneLabelledCheckboxesWithMySlotsTicked() {
        StandIns.gateway().stubFor(get(ME).willReturn(okJson(ProfileFixtures.profile(3, "\"TUE_MORNING\""))));
        Document page = Browser.volunteer("vol-w1").page("/mijn-week");

        assertThat(page.select("h1").text()).isEqualTo("Mijn week");
        assertThat(page.select("table caption").text()).isEqualTo("Wanneer kunt u helpen?");
        assertThat(page.select("thead th[scope=col]")).hasSize(4);
        assertThat(page.select("tbody th[scope=row]").eachText()).containsExactly("maandag", "dinsdag", "woensdag",
                "donderdag", "vrijdag", "zaterdag", "zondag");
        assertThat(page.select("input[type=checkbox][name=slot]")).hasSize(21);
        for (var box : page.select("input[type=checkbox][name=slot]")) {
            assertThat(page.select("label[for=" + box.id() + "]")).as(box.id()).hasSize(1);
        }
        assertThat(page.select("label[for=slot-TUE_MORNING]").text()).isEqualTo("dinsdag ochtend");
        assertThat(page.select("input[checked]").eachAttr("value")).containsExactly("TUE_MORNING");
        assertThat(page.select("input[name=version]").val()).isEqualTo("3");
    }

    @Test
    void savingSendsTheWholeProfileWithTheNewSlotsAndIfMatch() {
        StandIns.gateway().stubFor(get(ME).willReturn(okJson(ProfileFixtures.profile(3, "\"TUE_MORNING\""))));
        StandIns.gateway().stubFor(put(ME).willReturn(okJson(ProfileFixtures.profile(4, "\"MON_EVENING\""))));
        Browser volunteer = Browser.volunteer("vol-w2");
        volunteer.page("/mijn-week");

        Response saved = volunteer.postFields("/mijn-week", form("3", "TUE_MORNING", "MON_EVENING", "SAT_AFTERNOON"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/mijn-week?gedaan=week_saved");
        StandIns.gateway().verify(putRequestedFor(urlPathEqualTo(ME)).withHeader("If-Match", equalTo("\"3\""))
                .withHeader("Authorization", equalTo("Bearer " + volunteer.accessToken()))
                .withRequestBody(equalToJson("""
                        {"name": "Anna de Vries", "email": "anna@example.org", "phone": "+31 6 12345678",
                         "birthYear": 1958, "homeKern": "breukelen", "maxTravelKm": 10, "languages": ["nl"],
                         "talents": [{"code": "digital-help", "level": 2}],
                         "availability": ["MON_EVENING", "SAT_AFTERNOON"], "themes": ["digital"]}""")));
        assertThat(volunteer.page("/mijn-week?gedaan=week_saved").select("#flash").text())
                .isEqualTo("Uw week is opgeslagen.");
    }

    @Test
    void aStaleSaveReadsAgainKeepsMyTicksAndSaysWhatChangedInsteadOfAnError() {
        // read at version 3 with Tuesday morning; a coordinator then saved version 4 with Friday evening added
        StandIns.gateway().stubFor(get(ME).inScenario("stale").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(ProfileFixtures.profile(3, "\"TUE_MORNING\""))));
        StandIns.gateway().stubFor(put(ME).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/precondition-failed", "status": 412}""")));
        Browser volunteer = Browser.volunteer("vol-w3");
        volunteer.page("/mijn-week");
        StandIns.gateway().stubFor(get(ME).inScenario("stale").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(ProfileFixtures.profile(4, "\"TUE_MORNING\", \"FRI_EVENING\""))));

        Response answer = volunteer.postFields("/mijn-week", form("3", "TUE_MORNING", "TUE_MORNING", "WED_MORNING"));

        assertThat(answer.statusCode()).isEqualTo(409);
        Document page = volunteer.read(answer);
        assertThat(page.select("#form-error[role=alert]").text()).contains("ook op een andere plek gewijzigd",
                "Daar is aangezet: vrijdag avond.", "klik nog een keer op Opslaan");
        assertThat(page.select("#changed-off")).isEmpty();
        assertThat(page.select("input[checked]").eachAttr("value")).containsExactly("TUE_MORNING", "WED_MORNING",
                "FRI_EVENING");
        assertThat(page.select("input[name=version]").val()).isEqualTo("4");
        assertThat(page.text()).doesNotContain("412");
    }

    @Test
    void aStaleSaveIsExplainedInEnglishToo() {
        StandIns.gateway().stubFor(get(ME).willReturn(okJson(ProfileFixtures.profile(4, ""))));
        StandIns.gateway().stubFor(put(ME).willReturn(aResponse().withStatus(412)));
        Browser volunteer = Browser.volunteer("vol-w4").inEnglish();
        volunteer.page("/mijn-week");
        Document page = volunteer.read(volunteer.postFields("/mijn-week", form("3", "MON_MORNING", "MON_MORNING")));
        assertThat(page.select("#form-error").text()).contains("was also changed somewhere else",
                "Switched off there: Monday morning.");
    }

    @Test
    void withoutAProfileTheVolunteerIsSentToTheApplicationForm() {
        StandIns.gateway().stubFor(get(ME).willReturn(aResponse().withStatus(404)));
        Response response = Browser.volunteer("vol-w5").get("/mijn-week");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/aanmelden");
    }

    @Test
    void aCoordinatorGetsThe403PageAndASaveWithoutCsrfIsRefused() {
        Browser coordinator = Browser.coordinator("handjehelpen");
        assertThat(coordinator.get("/mijn-week").statusCode()).isEqualTo(403);
        StandIns.gateway().verify(0, anyRequestedFor(anyUrl()));

        StandIns.gateway().stubFor(get(ME).willReturn(okJson(ProfileFixtures.profile(3, ""))));
        Browser volunteer = Browser.volunteer("vol-w6");
        volunteer.page("/mijn-week");
        Response response = volunteer.postWithoutToken("/mijn-week", Map.of("version", "3", "slot", "MON_MORNING"));
        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, putRequestedFor(anyUrl()));
    }

    /** The week form as the page posts it: the version read, the slots read, and the ticked ones. */
    private static Map<String, List<String>> form(String version, String read, String... ticked) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("version", List.of(version));
        form.put("read", List.of(read));
        form.put("slot", List.of(ticked));
        return form;
    }
}
