package nl.talentenbureau.web.vacancies;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static nl.talentenbureau.web.testing.PublicStubs.DIRECTORY;
import static nl.talentenbureau.web.testing.PublicStubs.VACANCIES;
import static nl.talentenbureau.web.testing.PublicStubs.getPath;
import static nl.talentenbureau.web.testing.PublicStubs.problem;
import static nl.talentenbureau.web.testing.PublicStubs.stub;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.web.testing.Browser;
import nl.talentenbureau.web.testing.PublicStubs;
import nl.talentenbureau.web.testing.StandIns;

/** The open vacancies for anyone: the list with its filter, one vacancy with the button to apply. */
@QuarkusTest
@QuarkusTestResource(StandIns.class)
class VacanciesResourceTest {

    static final String ID = "5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18";

    @BeforeEach
    void reset() {
        StandIns.reset();
        PublicStubs.catalog();
        stub(getPath(DIRECTORY), okJson("[" + PublicStubs.organisation("bibliotheek", "Bibliotheek Stichtse Vecht")
                + "]"));
        stub(getPath(VACANCIES), okJson("[" + PublicStubs.vacancy(ID, "Digicoach in de bibliotheek") + "]"));
        stub(getPath(VACANCIES + "/" + ID), okJson(PublicStubs.vacancy(ID, "Digicoach in de bibliotheek")));
    }

    @Test
    void aVisitorSeesTheOpenVacanciesWithNamesNotCodes() {
        Document page = Browser.anonymous().page("/vacatures");

        assertThat(page.select("h1").text()).isEqualTo("Vacatures voor vrijwilligers");
        assertThat(page.select("#result-count").text()).isEqualTo("Er is 1 vacature gevonden.");
        assertThat(page.select("[data-vacancy-id=" + ID + "] h2 a").attr("href")).isEqualTo("/vacatures/" + ID);
        assertThat(page.select("[data-vacancy-id=" + ID + "]").text()).contains("Bibliotheek Stichtse Vecht")
                .contains("Breukelen").contains("3 uur per week");
        assertThat(page.select("#theme option").eachText()).contains("Digitale vitaliteit", "Gezondheid");
        assertThat(page.select("#open-application").attr("href")).isEqualTo("/solliciteren");
        StandIns.gateway().verify(getRequestedFor(urlPathEqualTo(VACANCIES)).withHeader("Authorization", absent()));
        // the choices and the names from one read of the catalogue
        StandIns.gateway().verify(1, getRequestedFor(urlPathEqualTo(PublicStubs.CATALOG)));
    }

    @Test
    void theFilterAsksTheApiForThatKernAndTheme() {
        stub(getPath(VACANCIES), okJson("[]"));

        Document page = Browser.anonymous().page("/vacatures?kern=maarssen&thema=health");

        assertThat(page.select("#no-vacancies").text()).contains("U kunt wel open solliciteren");
        assertThat(page.select("#kern option[selected]").val()).isEqualTo("maarssen");
        assertThat(page.select("#theme option[selected]").val()).isEqualTo("health");
        StandIns.gateway().verify(getRequestedFor(urlPathEqualTo(VACANCIES))
                .withQueryParam("kern", equalTo("maarssen")).withQueryParam("theme", equalTo("health")));
    }

    @Test
    void aKernTheFormDoesNotOfferIsASentenceAtItsField() {
        Response answer = Browser.anonymous().get("/vacatures?kern=atlantis");

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Browser.anonymous().read(answer);
        assertThat(page.select("#kern-error").text()).isEqualTo("Kies een kern uit de lijst.");
        StandIns.gateway().verify(0, getRequestedFor(urlPathEqualTo(VACANCIES)));
    }

    @Test
    void oneVacancyInPlainWordsWithTheButtonToApply() {
        Document page = Browser.anonymous().page("/vacatures/" + ID);

        assertThat(page.select("h1").text()).isEqualTo("Digicoach in de bibliotheek");
        assertThat(page.text()).contains("Bibliotheek Stichtse Vecht").contains("dinsdag ochtend")
                .contains("Digitale hulp").contains("Digicoach-training").contains("Digitale vitaliteit")
                .contains("woensdag 2 december 2026");
        assertThat(page.select("#vog").attr("data-required")).isEqualTo("true");
        assertThat(page.select("#apply").attr("href")).isEqualTo("/solliciteren?vacature=" + ID);
    }

    @Test
    void aClosedOrUnknownVacancySaysSoWithTheWayOn() {
        stub(getPath(VACANCIES + "/" + ID), problem(404, "not-found", null));

        Response closed = Browser.anonymous().get("/vacatures/" + ID);
        assertThat(closed.statusCode()).isEqualTo(404);
        assertThat(Browser.anonymous().read(closed).select("#vacancy-gone").text())
                .isEqualTo("Deze vacature is er niet meer");

        Response garbage = Browser.anonymous().get("/vacatures/not-a-vacancy");
        assertThat(garbage.statusCode()).isEqualTo(404);
        assertThat(Browser.anonymous().read(garbage).select("#open-application")).hasSize(1);
    }

    @Test
    void aBusyOrDownApiIsASentenceNeverAStackTrace() {
        stub(getPath(VACANCIES), problem(429, "too-many-requests", null));
        Response busy = Browser.anonymous().get("/vacatures");
        assertThat(busy.statusCode()).isNotEqualTo(500);
        assertThat(busy.contentType()).startsWith("text/html");
        assertThat(busy.body().asString()).contains("Het is nu erg druk.");

        stub(getPath(VACANCIES), problem(503, "unavailable", null));
        Response down = Browser.anonymous().inEnglish().get("/vacatures");
        assertThat(down.statusCode()).isNotEqualTo(500);
        assertThat(down.body().asString()).contains("The system cannot be reached right now")
                .doesNotContain("Exception");
    }
}
