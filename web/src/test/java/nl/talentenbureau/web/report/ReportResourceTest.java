package nl.talentenbureau.web.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

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
class ReportResourceTest {

    static final String IMPACT = "/api/reports/impact";
    static final String REPORT = """
            {"period": "2026", "from": "2026-01-01", "to": "2026-12-31", "by": "kern", "zone": "Europe/Amsterdam",
             "groups": [
              {"group": "breukelen", "requests": 12, "matchesMade": 9, "matchesCompleted": "suppressed",
               "hours": 86.5, "medianDaysToMatch": 6.5, "activeVolunteers": 7, "shareAged55Plus": null,
               "unmatchedRequests": "suppressed",
               "suppressed": {"matchesCompleted": "suppressed: would reveal a small cell through a total",
                              "shareAged55Plus": "suppressed: with the requests or volunteers it would reveal a count under 5",
                              "unmatchedRequests": "suppressed: with the requests or volunteers it would reveal a count under 5"}},
              {"group": "loenen", "requests": "<5", "matchesMade": "<5", "matchesCompleted": 0, "hours": null,
               "medianDaysToMatch": null, "activeVolunteers": "<5", "shareAged55Plus": null,
               "unmatchedRequests": "suppressed",
               "suppressed": {"requests": "suppressed: fewer than 5", "hours": "suppressed: hours of fewer than 5 matches"}}],
             "total": {"group": "total", "requests": 35, "matchesMade": 30, "matchesCompleted": 7, "hours": 140,
               "medianDaysToMatch": 6.0, "activeVolunteers": 17, "shareAged55Plus": 0.588, "unmatchedRequests": 10,
               "suppressed": {}}}""";

    @BeforeEach
    void reset() {
        StandIns.reset();
    }

    @Test
    void aVolunteerGetsThe403PageAndTheApiIsNeverAsked() {
        Browser volunteer = Browser.volunteer("vol-report");
        assertThat(volunteer.get("/coordinator/rapportage?period=2026&by=kern").statusCode()).isEqualTo(403);
        assertThat(volunteer.get("/coordinator/rapportage/csv?period=2026&by=kern").statusCode()).isEqualTo(403);
        StandIns.gateway().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withoutAChoiceThePageOffersTheFormForThisYearAndAsksNothing() {
        Document page = Browser.coordinator("handjehelpen").page("/coordinator/rapportage");

        assertThat(page.select("#period").val()).isEqualTo(String.valueOf(java.time.Year.now().getValue()));
        assertThat(page.select("#by option").eachAttr("value")).containsExactly("kern", "theme", "organisation",
                "month");
        assertThat(page.select("label[for=period]")).hasSize(1);
        assertThat(page.select("label[for=by]")).hasSize(1);
        assertThat(page.select("#report")).isEmpty();
        StandIns.gateway().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theReportIsAChartPerMeasureWithTheSameNumbersInATableAndHiddenCellsAsTextOnly() {
        StandIns.gateway().stubFor(get(urlPathEqualTo(IMPACT)).willReturn(okJson(REPORT)));
        Browser coordinator = Browser.coordinator("handjehelpen");

        Document page = coordinator.page("/coordinator/rapportage?period=2026&by=kern");

        StandIns.gateway().verify(getRequestedFor(urlPathEqualTo(IMPACT)).withQueryParam("period", equalTo("2026"))
                .withQueryParam("by", equalTo("kern")).withHeader("Accept", containing("application/json"))
                .withHeader("Authorization", equalTo("Bearer " + coordinator.accessToken())));
        assertThat(page.select("figure[data-measure]")).hasSize(8);
        var requests = page.selectFirst("#chart-requests");
        assertThat(requests.select("svg > title").text()).isEqualTo("Nieuwe hulpvragen");
        assertThat(requests.select("svg[role=img]").attr("aria-labelledby")).isEqualTo("chart-requests-title");
        assertThat(requests.select("g[data-group=breukelen] rect")).hasSize(1);
        assertThat(requests.select("g[data-group=breukelen] text.value").text()).isEqualTo("12");
        assertThat(requests.select("g[data-group=breukelen] > title").text()).isEqualTo("breukelen: 12");
        assertThat(requests.select("g[data-group=loenen] rect")).as("<5 is no length").isEmpty();
        assertThat(requests.select("g[data-group=loenen] text.value").text()).isEqualTo("<5");
        assertThat(requests.select("table tr[data-group=loenen] td").text()).isEqualTo("<5");
        assertThat(requests.select("table tfoot td").text()).isEqualTo("35");
        var completed = page.selectFirst("#chart-matchesCompleted");
        assertThat(completed.select("g[data-group=breukelen][data-kind=HIDDEN] rect")).isEmpty();
        assertThat(completed.select("tr[data-group=breukelen] td").text()).isEqualTo("verborgen");
        assertThat(page.select("#chart-hours tr[data-group=breukelen] td").text()).isEqualTo("86,5");
        assertThat(page.select("#chart-hours tr[data-group=loenen] td").text()).isEqualTo("verborgen");
        assertThat(page.select("#chart-shareAged55Plus tfoot td").text()).isEqualTo("58,8%");
        assertThat(page.select("#download-csv").attr("href"))
                .isEqualTo("/coordinator/rapportage/csv?period=2026&by=kern");
    }

    @Test
    void theCsvIsTheApisOwnAsADownloadWithTheCoordinatorsToken() {
        String csv = "group,requests\r\nbreukelen,12\r\nloenen,<5\r\ntotal,35\r\n";
        StandIns.gateway().stubFor(get(urlPathEqualTo(IMPACT)).withHeader("Accept", containing("text/csv"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(csv)));
        Browser coordinator = Browser.coordinator("handjehelpen");

        Response download = coordinator.get("/coordinator/rapportage/csv?period=2026-Q4&by=month");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/csv");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"impact-2026-Q4-month.csv\"");
        assertThat(download.body().asString()).isEqualTo(csv);
        StandIns.gateway().verify(getRequestedFor(urlPathEqualTo(IMPACT)).withQueryParam("period", equalTo("2026-Q4"))
                .withHeader("Authorization", equalTo("Bearer " + coordinator.accessToken())));
    }

    @Test
    void aPeriodThatIsNoYearQuarterOrMonthIsAnErrorAtTheFieldAndTheApiIsNotAsked() {
        Browser coordinator = Browser.coordinator("handjehelpen");

        Response answer = coordinator.get("/coordinator/rapportage?period=2026-W48&by=kern");

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = coordinator.read(answer);
        assertThat(page.select("#period-error").text()).startsWith("Vul een periode in");
        assertThat(page.select("#period").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#period").attr("aria-describedby")).contains("period-error");
        assertThat(coordinator.get("/coordinator/rapportage/csv?period=x&by=kern").statusCode()).isEqualTo(400);
        Document ungrouped = coordinator.read(coordinator.get("/coordinator/rapportage?period=2026"));
        assertThat(ungrouped.select("#by-error").text()).startsWith("Kies hoe de cijfers verdeeld worden.");
        StandIns.gateway().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aGroupingTheApiRefusesForAQuarterIsASentenceAtTheGrouping() {
        StandIns.gateway().stubFor(get(urlPathEqualTo(IMPACT)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(
                        """
                                {"type": "https://talentenbureau.nl/problems/validation-failed", "status": 400,
                                 "errors": [{"field": "by", "message": "kern, theme and organisation are grouped for a whole year only"}]}""")));
        Browser coordinator = Browser.coordinator("handjehelpen").inEnglish();

        Response answer = coordinator.get("/coordinator/rapportage?period=2026-Q4&by=kern");

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = coordinator.read(answer);
        assertThat(page.select("#by-error").text()).startsWith("Choose how the figures are grouped.");
        assertThat(page.select("#period").val()).isEqualTo("2026-Q4");
        assertThat(page.select("#report")).isEmpty();
    }
}
