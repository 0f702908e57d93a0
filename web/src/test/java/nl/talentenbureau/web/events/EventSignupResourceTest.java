package nl.talentenbureau.web.events;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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

/** The link in the mail after signing up for an event: a page in words, never the API's JSON. */
@QuarkusTest
@QuarkusTestResource(StandIns.class)
class EventSignupResourceTest {

    static final String CONFIRMATION = "/api/public/outreach-events/signups/confirmation";
    static final String TOKEN = "zzJ0c2x2bU5hZ0pQbE9hS1RqY3Z4d0ZtY1ZkV2JwYQA";

    @BeforeEach
    void reset() {
        StandIns.reset();
        PublicStubs.catalog();
    }

    @Test
    void theMailsLinkConfirmsThePlaceInPlainWords() {
        stub(getPath(CONFIRMATION), okJson("""
                {"id": "7a9b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", "eventId": "3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60",
                 "status": "CONFIRMED"}"""));

        Document page = Browser.anonymous().page("/bijeenkomsten/bevestigen?token=" + TOKEN);

        assertThat(page.select("#confirmation").attr("data-outcome")).isEqualTo("confirmed");
        assertThat(page.select("h1").text()).isEqualTo("U bent aangemeld voor de bijeenkomst");
        StandIns.gateway().verify(getRequestedFor(urlPathEqualTo(CONFIRMATION)).withQueryParam("token",
                equalTo(TOKEN)).withHeader("Authorization", absent()));
    }

    @Test
    void anUnknownOrExpiredLinkSaysSoAndACutShortOneNeverReachesTheApi() {
        stub(getPath(CONFIRMATION), problem(404, "not-found", null));
        Response unknown = Browser.anonymous().get("/bijeenkomsten/bevestigen?token=" + TOKEN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body().asString()).contains("ouder dan een dag");

        Response cut = Browser.anonymous().inEnglish().get("/bijeenkomsten/bevestigen?token=zzJ0");
        assertThat(cut.statusCode()).isEqualTo(404);
        assertThat(cut.body().asString()).contains("This link does not work (any more)");
        StandIns.gateway().verify(1, getRequestedFor(urlPathEqualTo(CONFIRMATION)));
    }

    @Test
    void aBusyApiIsASentenceToTryAgain() {
        stub(getPath(CONFIRMATION), problem(429, "too-many-requests", null));
        Response busy = Browser.anonymous().get("/bijeenkomsten/bevestigen?token=" + TOKEN);
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(Browser.anonymous().read(busy).select("#confirmation").attr("data-outcome")).isEqualTo("busy");
    }
}
