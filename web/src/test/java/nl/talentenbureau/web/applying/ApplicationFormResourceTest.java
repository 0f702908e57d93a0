package nl.talentenbureau.web.applying;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static nl.talentenbureau.web.testing.PublicStubs.APPLICATIONS;
import static nl.talentenbureau.web.testing.PublicStubs.CONFIRMATION;
import static nl.talentenbureau.web.testing.PublicStubs.VACANCIES;
import static nl.talentenbureau.web.testing.PublicStubs.getPath;
import static nl.talentenbureau.web.testing.PublicStubs.problem;
import static nl.talentenbureau.web.testing.PublicStubs.stub;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
 * The application form for people without an account, its "mail is on its way" page and the mail's link, which
 * confirms only when its button is pressed.
 */
@QuarkusTest
@QuarkusTestResource(StandIns.class)
class ApplicationFormResourceTest {

    static final String VACANCY = "5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18";
    static final String EVENT = "3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60";
    static final String TOKEN = "q3J0c2x2bU5hZ0pQbE9hS1RqY3Z4d0ZtY1ZkV2JwYQA";
    static final String CONFIRMED = """
            {"id": "9c4d2e1f-0a3b-4c5d-8e6f-7a8b9c0d1e2f", "status": "CONFIRMED", "confirmBefore": null}""";
    /** The mail's page's form, whose button confirms. */
    static final String FORM = "#confirmation-form";

    @BeforeEach
    void reset() {
        StandIns.reset();
        PublicStubs.catalog();
        stub(getPath(VACANCIES + "/" + VACANCY), okJson(PublicStubs.vacancy(VACANCY, "Digicoach in de bibliotheek")));
    }

    @Test
    void aVisitorWithoutAnAccountSeesTheFormWithALabelForEveryFieldInDutch() {
        Document page = Browser.anonymous().page("/solliciteren");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(page.select("h1").text()).isEqualTo("Aanmelden als vrijwilliger");
        for (String field : new String[]{"name", "mail", "phone", "homeKern", "motivation", "consent"}) {
            assertThat(page.select("label[for=" + field + "]")).as(field).hasSize(1);
        }
        assertThat(page.select("#homeKern option").eachAttr("value")).containsExactly("", "breukelen", "maarssen");
        assertThat(page.select("#origin").attr("data-source")).isEqualTo("WEBSITE");
        assertThat(page.select("input[name=source]").val()).isEqualTo("WEBSITE");
        assertThat(page.select("input[name=csrf-token]")).hasSize(1);
    }

    @Test
    void theVacancysLinkNamesTheVacancyAndTheInvitationsLinkTheEvent() {
        Document toVacancy = Browser.anonymous().page("/solliciteren?vacature=" + VACANCY);
        assertThat(toVacancy.select("#origin").text()).contains("Digicoach in de bibliotheek");
        assertThat(toVacancy.select("input[name=vacancyId]").val()).isEqualTo(VACANCY);
        assertThat(toVacancy.select("input[name=source]").val()).isEqualTo("VACANCY");

        Document fromEvent = Browser.anonymous().page("/solliciteren?bron=EVENT&evenement=" + EVENT);
        assertThat(fromEvent.select("#origin").text()).contains("bijeenkomst voor 60-plussers");
        assertThat(fromEvent.select("input[name=eventId]").val()).isEqualTo(EVENT);
        assertThat(fromEvent.select("input[name=source]").val()).isEqualTo("EVENT");
    }

    @Test
    void anInvitationOfBeforeToAanmeldenLandsOnThePublicFormForAVisitor() {
        Response response = Browser.anonymous().get("/aanmelden?bron=EVENT&evenement=" + EVENT);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/solliciteren?bron=EVENT&evenement=" + EVENT);
    }

    @Test
    void aClosedVacancysLinkSaysSoAndTheFormBecomesAnOpenApplication() {
        stub(getPath(VACANCIES + "/" + VACANCY), problem(404, "not-found", null));

        Document page = Browser.anonymous().page("/solliciteren?vacature=" + VACANCY);

        assertThat(page.select("#origin-error").text()).startsWith("De vacature of bijeenkomst uit uw link");
        assertThat(page.select("input[name=source]").val()).isEqualTo("WEBSITE");
        assertThat(page.select("input[name=vacancyId]")).isEmpty();
    }

    @Test
    void applyingSendsTheApplicationWithoutATokenAndSaysAMailIsOnItsWay() {
        stub(post(urlPathEqualTo(APPLICATIONS)), aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "9c4d2e1f-0a3b-4c5d-8e6f-7a8b9c0d1e2f", "status": "SUBMITTED",
                         "confirmBefore": "2027-02-02T10:02:00Z"}"""));
        Browser els = Browser.anonymous();
        Document form = els.page("/solliciteren?vacature=" + VACANCY);

        Response sent = els.post("/solliciteren", fields(form, "Els Bakker", "els@example.nl", "breukelen", true));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith("/solliciteren/verstuurd");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo(APPLICATIONS))
                .withHeader("Authorization", absent())
                .withRequestBody(equalToJson("""
                        {"source": "VACANCY", "vacancyId": "%s", "eventId": null, "referredBy": null,
                         "name": "Els Bakker", "email": "els@example.nl", "phone": "06 12345678",
                         "kern": "breukelen", "motivation": "Ik help graag met tablets.", "consent": true}"""
                        .formatted(VACANCY))));

        Document next = els.page("/solliciteren/verstuurd");
        assertThat(next.select("h1").text()).isEqualTo("Kijk in uw e-mail");
        assertThat(next.select("ol li")).hasSize(3);
        assertThat(next.text()).contains("Ja, ik heb mij aangemeld").contains("Ja, ik wil mij aanmelden")
                .contains("ongewenste e-mail");
    }

    @Test
    void missingFieldsAreSentencesAtTheFieldsAndNeverReachTheApi() {
        Browser els = Browser.anonymous();
        Document form = els.page("/solliciteren");

        Response answer = els.post("/solliciteren", fields(form, " ", "els-at-home", "", false));

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = els.read(answer);
        assertThat(page.select("#name-error").text()).isEqualTo("Vul uw naam in.");
        assertThat(page.select("#mail-error").text()).startsWith("Vul uw e-mailadres in, zoals naam@voorbeeld.nl.");
        assertThat(page.select("#homeKern-error").text()).isEqualTo("Kies de kern waar u woont.");
        assertThat(page.select("#consent-error").text()).startsWith("Zet een vinkje");
        assertThat(page.select("#mail").attr("aria-describedby")).contains("mail-error");
        assertThat(page.select("#mail").val()).isEqualTo("els-at-home");
        assertThat(page.select("#motivation").text()).isEqualTo("Ik help graag met tablets.");
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void theApisFieldErrorsAreSentencesAtTheFieldsInEnglish() {
        stub(post(urlPathEqualTo(APPLICATIONS)), problem(400, "validation", """
                [{"field": "apply.input.email", "message": "must be a well-formed email address"},
                 {"field": "apply.input.phone", "message": "must be a phone number"}]"""));
        Browser els = Browser.anonymous().inEnglish();
        Document form = els.page("/solliciteren");

        Response answer = els.post("/solliciteren", fields(form, "Els", "els@example", "breukelen", true));

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = els.read(answer);
        assertThat(page.select("#mail-error").text()).startsWith("Fill in your e-mail address");
        assertThat(page.select("#phone-error").text()).startsWith("This is not a phone number");
        assertThat(page.select("#form-error")).isEmpty();
        assertThat(page.select("#name").val()).isEqualTo("Els");
    }

    @Test
    void aVacancyThatClosedMeanwhileIsASentenceAndTheNextSendIsOpen() {
        stub(post(urlPathEqualTo(APPLICATIONS)), problem(422, "unprocessable", """
                [{"field": "vacancyId", "message": "no open vacancy"}]"""));
        Browser els = Browser.anonymous();
        Document form = els.page("/solliciteren?vacature=" + VACANCY);

        Response answer = els.post("/solliciteren", fields(form, "Els", "els@example.nl", "breukelen", true));

        assertThat(answer.statusCode()).isEqualTo(422);
        Document page = els.read(answer);
        assertThat(page.select("#origin-error").text()).contains("Verstuur het formulier nog een keer");
        assertThat(page.select("input[name=source]").val()).isEqualTo("WEBSITE");
        assertThat(page.select("input[name=vacancyId]")).isEmpty();
    }

    @Test
    void tooManyApplicationsFromOneAddressIsASentenceAndWhatWasTypedStays() {
        stub(post(urlPathEqualTo(APPLICATIONS)), problem(429, "too-many-requests", null).withHeader("Retry-After",
                "60"));
        Browser els = Browser.anonymous();
        Document form = els.page("/solliciteren");

        Response answer = els.post("/solliciteren", fields(form, "Els", "els@example.nl", "breukelen", true));

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.contentType()).startsWith("text/html");
        Document page = els.read(answer);
        assertThat(page.select("#form-error").text()).isEqualTo("Het is nu erg druk. Wacht een minuut en probeer "
                + "het opnieuw.");
        assertThat(page.select("#name").val()).isEqualTo("Els");
        assertThat(page.select("#consent").hasAttr("checked")).isTrue();
    }

    @Test
    void anApiThatFailsIsASentenceNeverAStackTraceOrA500() {
        stub(post(urlPathEqualTo(APPLICATIONS)), problem(500, "internal", null));
        Browser els = Browser.anonymous();
        Document form = els.page("/solliciteren");

        Response answer = els.post("/solliciteren", fields(form, "Els", "els@example.nl", "breukelen", true));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(els.read(answer).select("#form-error").text()).startsWith("Het systeem is nu niet bereikbaar");
        assertThat(answer.body().asString()).doesNotContain("Exception").doesNotContain("at nl.");

        stub(post(urlPathEqualTo(APPLICATIONS)), problem(503, "unavailable", null));
        Response down = els.post("/solliciteren", fields(els.read(answer), "Els", "els@example.nl", "breukelen",
                true));
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(els.read(down).select("#form-error").text()).startsWith("Het systeem is nu niet bereikbaar");
    }

    @Test
    void aGatewayThatCannotBeReachedIsASentenceAndWhatWasTypedStays() {
        Browser els = Browser.anonymous();
        Document form = els.page("/solliciteren");
        StandIns.gateway().stubFor(post(urlPathEqualTo(APPLICATIONS)).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Response answer = els.post("/solliciteren", fields(form, "Els", "els@example.nl", "breukelen", true));

        assertThat(answer.statusCode()).isEqualTo(503);
        Document page = els.read(answer);
        assertThat(page.select("#form-error").text()).startsWith("Het systeem is nu niet bereikbaar");
        assertThat(page.select("#name").val()).isEqualTo("Els");
    }

    @Test
    void anApplicationWithoutTheCsrfTokenIsRefused() {
        Browser els = Browser.anonymous();
        els.page("/solliciteren");
        Response response = els.postWithoutToken("/solliciteren", Map.of("name", "Els", "mail", "els@example.nl",
                "homeKern", "breukelen", "consent", "true", "source", "WEBSITE"));
        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void theMailsLinkShowsAButtonAndConfirmsNothing() {
        stub(getPath(CONFIRMATION), okJson(CONFIRMED));

        Response answer = Browser.anonymous().get("/solliciteren/bevestigen?token=" + TOKEN);

        // a mail scanner that opens the link gets this page and nothing else happens
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
        Document page = Browser.anonymous().read(answer);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(page.select("h1").text()).isEqualTo("Bevestig uw aanmelding");
        assertThat(page.select("#confirmation")).isEmpty();
        assertThat(page.select("form#confirmation-form").attr("method")).isEqualTo("post");
        assertThat(page.select("form#confirmation-form").attr("action")).isEqualTo("/solliciteren/bevestigen");
        assertThat(page.select("#confirmation-form input[name=token]").val()).isEqualTo(TOKEN);
        assertThat(page.select("#confirmation-form input[name=csrf-token]")).hasSize(1);
        assertThat(page.select("#confirmation-form button#confirm-application[type=submit]").text())
                .isEqualTo("Ja, ik wil mij aanmelden");
        StandIns.gateway().verify(0, anyRequestedFor(urlPathMatching(APPLICATIONS + ".*")));
    }

    @Test
    void pressingTheButtonConfirmsAndSaysSoInPlainWords() {
        stub(getPath(CONFIRMATION), okJson(CONFIRMED));
        Browser els = Browser.anonymous();

        Response answer = els.submit(els.page("/solliciteren/bevestigen?token=" + TOKEN), FORM);

        assertThat(answer.statusCode()).isEqualTo(200);
        Document page = els.read(answer);
        assertThat(page.select("#confirmation").attr("data-outcome")).isEqualTo("confirmed");
        assertThat(page.select("h1").text()).isEqualTo("Uw aanmelding is bevestigd");
        assertThat(page.text()).contains("Een coördinator neemt binnen twee weken contact met u op");
        StandIns.gateway().verify(1, getRequestedFor(urlPathEqualTo(CONFIRMATION))
                .withQueryParam("token", equalTo(TOKEN)).withHeader("Authorization", absent()));
    }

    @Test
    void anApplicationThatMovedOnWasConfirmedBefore() {
        stub(getPath(CONFIRMATION), okJson("""
                {"id": "9c4d2e1f-0a3b-4c5d-8e6f-7a8b9c0d1e2f", "status": "INTAKE", "confirmBefore": null}"""));
        Browser els = Browser.anonymous().inEnglish();

        Document question = els.page("/solliciteren/bevestigen?token=" + TOKEN);
        assertThat(question.select("#confirm-application").text()).isEqualTo("Yes, I want to apply");
        Document page = els.read(els.submit(question, FORM));

        assertThat(page.select("#confirmation").attr("data-outcome")).isEqualTo("already");
        assertThat(page.select("h1").text()).isEqualTo("Your application was confirmed already");
    }

    @Test
    void anUnknownOrExpiredLinkSaysWhatToDoWhenTheButtonIsPressed() {
        stub(getPath(CONFIRMATION), problem(404, "not-found", null));
        Browser els = Browser.anonymous();

        Response answer = els.submit(els.page("/solliciteren/bevestigen?token=" + TOKEN), FORM);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("text/html");
        Document page = els.read(answer);
        assertThat(page.select("#confirmation").attr("data-outcome")).isEqualTo("unknown");
        assertThat(page.text()).contains("ouder dan een dag");
        assertThat(page.select("#apply-again").attr("href")).isEqualTo("/solliciteren");
    }

    @Test
    void aLinkCutShortInTheMailNeverReachesTheApi() {
        Response answer = Browser.anonymous().get("/solliciteren/bevestigen?token=q3J0c2x2bU5h");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(Browser.anonymous().read(answer).select("#confirmation").attr("data-outcome"))
                .isEqualTo("unknown");
        assertThat(Browser.anonymous().get("/solliciteren/bevestigen").statusCode()).isEqualTo(404);

        Browser els = Browser.anonymous();
        els.page("/solliciteren/bevestigen?token=" + TOKEN);
        Response pressed = els.post("/solliciteren/bevestigen", "token", "q3J0c2x2bU5h");
        assertThat(pressed.statusCode()).isEqualTo(404);
        assertThat(els.read(pressed).select("#confirmation").attr("data-outcome")).isEqualTo("unknown");
        StandIns.gateway().verify(0, getRequestedFor(urlPathEqualTo(CONFIRMATION)));
    }

    @Test
    void aBusyOrDownApiAtTheButtonIsASentenceToTryAgain() {
        Browser els = Browser.anonymous();
        Document question = els.page("/solliciteren/bevestigen?token=" + TOKEN);

        stub(getPath(CONFIRMATION), problem(429, "too-many-requests", null));
        Response busy = els.submit(question, FORM);
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(els.read(busy).select("#confirmation").attr("data-outcome")).isEqualTo("busy");

        stub(getPath(CONFIRMATION), problem(503, "unavailable", null));
        Response down = els.submit(question, FORM);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body().asString()).contains("klik over een paar minuten nog een keer");

        StandIns.gateway().stubFor(get(urlPathEqualTo(CONFIRMATION)).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Response unreachable = els.submit(question, FORM);
        assertThat(unreachable.statusCode()).isEqualTo(503);
        assertThat(els.read(unreachable).select("#confirmation").attr("data-outcome")).isEqualTo("busy");
        assertThat(unreachable.body().asString()).doesNotContain("Exception");
    }

    @Test
    void aConfirmationWithoutTheCsrfTokenIsRefused() {
        stub(getPath(CONFIRMATION), okJson(CONFIRMED));
        Browser els = Browser.anonymous();
        els.page("/solliciteren/bevestigen?token=" + TOKEN);

        Response response = els.postWithoutToken("/solliciteren/bevestigen", Map.of("token", TOKEN));

        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, getRequestedFor(urlPathEqualTo(CONFIRMATION)));
    }

    /** The form's fields as the person fills them in, with the hidden ones the page carried. */
    private static Map<String, String> fields(Document form, String name, String mail, String kern,
            boolean consent) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("#application input[type=hidden]").forEach(hidden -> {
            if (!"csrf-token".equals(hidden.attr("name"))) {
                fields.put(hidden.attr("name"), hidden.val());
            }
        });
        fields.put("name", name);
        fields.put("mail", mail);
        fields.put("phone", "06 12345678");
        fields.put("homeKern", kern);
        fields.put("motivation", "Ik help graag met tablets.");
        if (consent) {
            fields.put("consent", "true");
        }
        return fields;
    }
}
