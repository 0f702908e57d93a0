package nl.talentenbureau.web.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static nl.talentenbureau.web.testing.PublicStubs.getPath;
import static nl.talentenbureau.web.testing.PublicStubs.problem;
import static nl.talentenbureau.web.testing.PublicStubs.stub;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.web.testing.Browser;
import nl.talentenbureau.web.testing.PublicStubs;
import nl.talentenbureau.web.testing.StandIns;

/**
 * The link in the mail after signing up for an event: a page in words, never the API's JSON, which confirms the place
 * only when its button is pressed.
 */
@QuarkusTest
@QuarkusTestResource(StandIns.class)
class EventSignupResourceTest {

    static final String EVENTS = "/api/public/outreach-events";
    static final String CONFIRMATION = EVENTS + "/signups/confirmation";
    static final String TOKEN = "zzJ0c2x2bU5hZ0pQbE9hS1RqY3Z4d0ZtY1ZkV2JwYQA";
    static final String CONFIRMED = """
            {"id": "7a9b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", "eventId": "3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60",
             "status": "CONFIRMED"}""";
    static final String LINK = "/bijeenkomsten/bevestigen?token=" + TOKEN;
    /** The mail's page's form, whose button confirms. */
    static final String FORM = "#confirmation-form";

    @BeforeEach
    void reset() {
        StandIns.reset();
        PublicStubs.catalog();
    }

    @Test
    void theMailsLinkShowsAButtonAndConfirmsNothing() {
        stub(getPath(CONFIRMATION), okJson(CONFIRMED));

        Response answer = Browser.anonymous().get(LINK);

        // a mail scanner that opens the link gets this page and nothing else happens
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
        Document page = Browser.anonymous().read(answer);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(page.select("h1").text()).isEqualTo("Bevestig uw aanmelding voor de bijeenkomst");
        assertThat(page.select("#confirmation")).isEmpty();
        assertThat(page.select("form#confirmation-form").attr("method")).isEqualTo("post");
        assertThat(page.select("form#confirmation-form").attr("action")).isEqualTo("/bijeenkomsten/bevestigen");
        assertThat(page.select("#confirmation-form input[name=token]").val()).isEqualTo(TOKEN);
        assertThat(page.select("#confirmation-form input[name=csrf-token]")).hasSize(1);
        assertThat(page.select("#confirmation-form button#confirm-signup[type=submit]").text())
                .isEqualTo("Ja, ik wil mij aanmelden");
        StandIns.gateway().verify(0, anyRequestedFor(urlPathMatching(EVENTS + ".*")));
    }

    @Test
    void pressingTheButtonConfirmsThePlaceInPlainWords() {
        stub(getPath(CONFIRMATION), okJson(CONFIRMED));
        Browser guest = Browser.anonymous();

        Response answer = guest.submit(guest.page(LINK), FORM);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
        Document page = guest.read(answer);
        assertThat(page.select("#confirmation").attr("data-outcome")).isEqualTo("confirmed");
        assertThat(page.select("h1").text()).isEqualTo("U bent aangemeld voor de bijeenkomst");
        StandIns.gateway().verify(1, getRequestedFor(urlPathEqualTo(CONFIRMATION))
                .withQueryParam("token", equalTo(TOKEN)).withHeader("Authorization", absent()));
    }

    @Test
    void inEnglishTheQuestionAndTheAnswerAreEnglish() {
        stub(getPath(CONFIRMATION), okJson(CONFIRMED));
        Browser guest = Browser.anonymous().inEnglish();

        Document question = guest.page(LINK);
        assertThat(question.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(question.select("h1").text()).isEqualTo("Confirm your sign-up for the meeting");
        assertThat(question.select("#confirm-signup").text()).isEqualTo("Yes, I want to sign up");
        Document page = guest.read(guest.submit(question, FORM));

        assertThat(page.select("#confirmation").attr("data-outcome")).isEqualTo("confirmed");
        assertThat(page.select("h1").text()).isEqualTo("You are signed up for the meeting");
    }

    @Test
    void anUnknownOrExpiredLinkSaysSoWhenTheButtonIsPressed() {
        stub(getPath(CONFIRMATION), problem(404, "not-found", null));
        Browser guest = Browser.anonymous();

        Response answer = guest.submit(guest.page(LINK), FORM);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("text/html");
        Document page = guest.read(answer);
        assertThat(page.select("#confirmation").attr("data-outcome")).isEqualTo("unknown");
        assertThat(page.text()).contains("ouder dan een dag");
        StandIns.gateway().verify(1, getRequestedFor(urlPathEqualTo(CONFIRMATION)));
    }

    @Test
    void aLinkCutShortSaysSoAndNeverReachesTheApi() {
        Response cut = Browser.anonymous().inEnglish().get("/bijeenkomsten/bevestigen?token=zzJ0");
        assertThat(cut.statusCode()).isEqualTo(404);
        assertThat(cut.body().asString()).contains("This link does not work (any more)");
        assertThat(Browser.anonymous().read(cut).select("#confirmation").attr("data-outcome")).isEqualTo("unknown");
        assertThat(Browser.anonymous().get("/bijeenkomsten/bevestigen").statusCode()).isEqualTo(404);

        Browser guest = Browser.anonymous();
        guest.page(LINK);
        Response pressed = guest.post("/bijeenkomsten/bevestigen", "token", "zzJ0c2x2bU5h");
        assertThat(pressed.statusCode()).isEqualTo(404);
        assertThat(guest.read(pressed).select("#confirmation").attr("data-outcome")).isEqualTo("unknown");
        StandIns.gateway().verify(0, getRequestedFor(urlPathEqualTo(CONFIRMATION)));
    }

    @Test
    void aBusyOrDownApiAtTheButtonIsASentenceToTryAgain() {
        Browser guest = Browser.anonymous();
        Document question = guest.page(LINK);

        stub(getPath(CONFIRMATION), problem(429, "too-many-requests", null));
        Response busy = guest.submit(question, FORM);
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(guest.read(busy).select("#confirmation").attr("data-outcome")).isEqualTo("busy");

        stub(getPath(CONFIRMATION), problem(503, "unavailable", null));
        Response down = guest.submit(question, FORM);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body().asString()).contains("klik over een paar minuten nog een keer");

        StandIns.gateway().stubFor(get(urlPathEqualTo(CONFIRMATION)).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Response unreachable = guest.submit(question, FORM);
        assertThat(unreachable.statusCode()).isEqualTo(503);
        assertThat(guest.read(unreachable).select("#confirmation").attr("data-outcome")).isEqualTo("busy");
        assertThat(unreachable.body().asString()).doesNotContain("Exception");
    }

    @Test
    void aConfirmationWithoutTheCsrfTokenIsRefused() {
        stub(getPath(CONFIRMATION), okJson(CONFIRMED));
        Browser guest = Browser.anonymous();
        guest.page(LINK);

        Response response = guest.postWithoutToken("/bijeenkomsten/bevestigen", Map.of("token", TOKEN));

        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, getRequestedFor(urlPathEqualTo(CONFIRMATION)));
    }
}
