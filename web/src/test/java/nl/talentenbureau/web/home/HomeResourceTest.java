package nl.talentenbureau.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.web.testing.Browser;
import nl.talentenbureau.web.testing.StandIns;

@QuarkusTest
@QuarkusTestResource(StandIns.class)
class HomeResourceTest {

    @Test
    void aVisitorSeesTheWelcomePageInDutchWithTheHooksOfEveryPage() {
        Document page = Browser.anonymous().page("/");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(page.select("h1").text()).isEqualTo("Welkom bij het Talentenbureau");
        assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.selectFirst("#lang-switch").attr("href")).isEqualTo("/taal?lang=en&terug=%2F");
        assertThat(page.selectFirst("#sign-in").text()).isEqualTo("Inloggen");
        assertThat(page.select("#sign-out")).isEmpty();
        assertThat(page.select("script[src]").attr("src")).startsWith("/webjars/htmx.org/");
    }

    @Test
    void theWelcomePageLeadsToThePublicPagesInBothLanguages() {
        Document page = Browser.anonymous().page("/");
        assertThat(page.select("#vacancies-link").attr("href")).isEqualTo("/vacatures");
        assertThat(page.select("#apply-link").attr("href")).isEqualTo("/solliciteren");
        assertThat(page.select("#directory-link").attr("href")).isEqualTo("/organisaties");
        assertThat(page.select("#vacancies-link").text()).isEqualTo("Bekijk de vacatures voor vrijwilligers");

        Document english = Browser.anonymous().inEnglish().page("/");
        assertThat(english.select("#directory-link").text())
                .isEqualTo("Which organisations are there for older people, and what for?");
    }

    @Test
    void theLanguageSwitchRemembersEnglishAndGoesBack() {
        Browser browser = Browser.anonymous();
        Response switched = browser.get("/taal?lang=en&terug=%2F");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).endsWith("/");
        assertThat(switched.detailedCookie("lang").isHttpOnly()).isTrue();

        Document page = browser.page("/");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Welcome to the Talentenbureau");
        assertThat(page.selectFirst("#lang-switch").text()).isEqualTo("Nederlands");
    }

    @Test
    void theWayBackNeverLeavesTheApp() {
        Response response = Browser.anonymous().get("/taal?lang=en&terug=https%3A%2F%2Fevil.example%2F");
        assertThat(response.header("Location")).doesNotContain("evil.example");
        assertThat(Browser.anonymous().get("/taal?lang=en&terug=%2F%2Fevil.example").header("Location"))
                .doesNotContain("evil.example");
    }

    @Test
    void htmxIsServedByTheAppItself() {
        Response script = Browser.anonymous().get("/webjars/htmx.org/2.0.7/dist/htmx.min.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body().asString()).contains("htmx");
    }

    @Test
    void aSignedInVolunteerGoesToTheirOffersAndACoordinatorToTheStartPage() {
        StandIns.reset();
        StandIns.gateway().stubFor(WireMock.get("/api/volunteers/me").willReturn(WireMock.okJson("""
                {"id": "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31", "name": "Anna", "version": 1}""")));
        Response volunteer = Browser.volunteer("vol-1").get("/");
        assertThat(volunteer.statusCode()).isEqualTo(303);
        assertThat(volunteer.header("Location")).endsWith("/aanbod");

        Response coordinator = Browser.coordinator("handjehelpen").get("/");
        assertThat(coordinator.header("Location")).endsWith("/coordinator");
    }

    @Test
    void aVolunteerWithoutAProfileGoesToTheApplicationForm() {
        StandIns.reset();
        StandIns.gateway().stubFor(WireMock.get("/api/volunteers/me").willReturn(WireMock.aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/not-found", "status": 404}""")));
        Response volunteer = Browser.volunteer("vol-new").get("/");
        assertThat(volunteer.statusCode()).isEqualTo(303);
        assertThat(volunteer.header("Location")).endsWith("/aanmelden");
    }

    @Test
    void aPageThatNeedsSignInSendsTheVisitorToKeycloakWithPkce() {
        Response response = Browser.anonymous().get("/mijn-matches");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).contains("/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256").contains("client_id=web");
    }
}
