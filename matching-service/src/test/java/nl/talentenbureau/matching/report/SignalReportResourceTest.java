package nl.talentenbureau.matching.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.matching.support.VolunteerServiceStub;
import nl.talentenbureau.platform.testing.FeedStub;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * {@code GET /api/reports/signals} over facts request-service would answer (the tests' WireMock stand-in, asked with
 * this service's own token): 2024 has 9 signals in breukelen and 2 in loenen, all in May; request-service is "down"
 * for 2023.
 */
@QuarkusTest
class SignalReportResourceTest {

    static final String PROBLEM = "application/problem+json";
    static final String FACTS = "/internal/signals/facts";

    @BeforeEach
    void stubRequestService() {
        List<String> facts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            facts.add("{\"kern\": \"breukelen\", \"theme\": \"financial\", \"raisedAt\": \"2024-05-06T09:00:00Z\","
                    + " \"pickedUpAt\": \"2024-05-06T21:00:00Z\", \"feedbackAt\": \"2024-05-08T09:00:00Z\"}");
        }
        for (int i = 0; i < 2; i++) {
            facts.add("{\"kern\": \"loenen\", \"theme\": \"health\", \"raisedAt\": \"2024-05-07T09:00:00Z\","
                    + " \"pickedUpAt\": null, \"feedbackAt\": null}");
        }
        VolunteerServiceStub.client().register(get(urlPathEqualTo(FACTS))
                .withQueryParam("from", WireMock.equalTo("2023-12-31T23:00Z"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + FeedStub.TOKEN))
                .willReturn(okJson("[" + String.join(",", facts) + "]")));
        VolunteerServiceStub.client().register(get(urlPathEqualTo(FACTS))
                .withQueryParam("from", WireMock.equalTo("2022-12-31T23:00Z"))
                .willReturn(aResponse().withStatus(500)));
    }

    @Test
    void aCoordinatorReadsTheSignalsPerKernWithTheSmallKernUnderFiveAndTheOtherHiddenWithIt() {
        JsonPath report = given().auth().oauth2(Tokens.coordinator("signal-report-org"))
                .get("/api/reports/signals?period=2024&by=kern").then().statusCode(200).extract().jsonPath();

        Log.infof("signal report 2024 by kern: %s; total %s", report.getList("groups"), report.getMap("total"));
        // loenen is "<5"; with the total 11 shown, breukelen's 9 would give it away (11 - 9), so breukelen is hidden too
        assertThat(report.getString("groups.find { it.group == 'loenen' }.signals")).isEqualTo("<5");
        assertThat(report.getString("groups.find { it.group == 'breukelen' }.signals")).isEqualTo("suppressed");
        assertThat(report.getInt("total.signals")).isEqualTo(11);
        assertThat(report.getDouble("total.medianHoursToPickUp")).isEqualTo(12.0);
        assertThat(report.getDouble("total.medianHoursToFeedback")).isEqualTo(48.0);
        assertThat(report.getString("groups.find { it.group == 'breukelen' }.medianHoursToPickUp")).isNull();
        VolunteerServiceStub.client().verifyThat(getRequestedFor(urlPathEqualTo(FACTS))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + FeedStub.TOKEN)));
    }

    @Test
    void aMonthReportIsASliceOfTheYear() {
        given().auth().oauth2(Tokens.admin()).get("/api/reports/signals?period=2024-Q2&by=month").then()
                .statusCode(200).body("groups.group", org.hamcrest.Matchers.contains("2024-04", "2024-05", "2024-06"))
                .body("groups[0].signals", equalTo(0)).body("total.signals", equalTo(11));
    }

    @Test
    void volunteersAndPartnersSeeNoReport() {
        given().auth().oauth2(Tokens.volunteer("signal-report-volunteer"))
                .get("/api/reports/signals?period=2024&by=kern").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.partner("signal-report-org")).get("/api/reports/signals?period=2024&by=kern")
                .then().statusCode(403).contentType(PROBLEM);
        given().get("/api/reports/signals?period=2024&by=kern").then().statusCode(401);
    }

    @Test
    void badPeriodsAndGroupingsAre400WithTheirFields() {
        String coordinator = Tokens.coordinator("signal-report-org");
        given().auth().oauth2(coordinator).get("/api/reports/signals?period=2024-W10&by=kern").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", org.hamcrest.Matchers.hasItem("period"));
        given().auth().oauth2(coordinator).get("/api/reports/signals?period=2024&by=organisation").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("by"));
        given().auth().oauth2(coordinator).get("/api/reports/signals?period=2024-05&by=kern").then().statusCode(400)
                .contentType(PROBLEM);
        given().auth().oauth2(coordinator).get("/api/reports/signals?by=kern").then().statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void requestServiceDownIs503() {
        given().auth().oauth2(Tokens.coordinator("signal-report-org")).get("/api/reports/signals?period=2023&by=kern")
                .then().statusCode(503).contentType(PROBLEM);
    }
}
