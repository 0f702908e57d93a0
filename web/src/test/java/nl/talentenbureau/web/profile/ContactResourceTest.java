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
class ContactResourceTest {

    static final String ME = "/api/volunteers/me";
    static final String NOTIFICATIONS = ME + "/notifications";

    @BeforeEach
    void reset() {
        StandIns.reset();
        StandIns.gateway().stubFor(get(ME).willReturn(okJson(ProfileFixtures.profile(3, ""))));
    }

    @Test
    void thePageShowsMyDetailsAndHowIWantToBeReachedWithALabelForEachField() {
        Document page = Browser.volunteer("vol-c1").page("/contact");

        assertThat(page.select("h1").text()).isEqualTo("Contact");
        assertThat(page.select("#name").val()).isEqualTo("Anna de Vries");
        assertThat(page.select("#email").val()).isEqualTo("anna@example.org");
        assertThat(page.select("#reachBy-EMAIL").hasAttr("checked")).isTrue();
        assertThat(page.select("#language-nl").hasAttr("checked")).isTrue();
        assertThat(page.select("#quietFrom").val()).isEqualTo("21:00");
        for (var input : page.select("main input:not([type=hidden])")) {
            assertThat(page.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
    }

    @Test
    void savingDetailsSendsTheWholeProfileWithIfMatch() {
        StandIns.gateway().stubFor(put(ME).willReturn(okJson(ProfileFixtures.profile(4, ""))));
        Browser volunteer = Browser.volunteer("vol-c2");
        volunteer.page("/contact");

        Response saved = volunteer.post("/contact/gegevens", "version", "3", "name", "Anna de Vries",
                "email", "", "phone", "06 12345678");

        assertThat(saved.header("Location")).endsWith("/contact?gedaan=details_saved");
        StandIns.gateway().verify(putRequestedFor(urlPathEqualTo(ME)).withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("""
                        {"name": "Anna de Vries", "email": null, "phone": "06 12345678", "birthYear": 1958,
                         "homeKern": "breukelen", "maxTravelKm": 10, "languages": ["nl"],
                         "talents": [{"code": "digital-help", "level": 2}], "availability": [],
                         "themes": ["digital"]}""")));
        assertThat(volunteer.page("/contact?gedaan=details_saved").select("#flash").text())
                .isEqualTo("Uw gegevens zijn opgeslagen.");
    }

    @Test
    void aStaleSaveShowsWhatIsSavedNowNextToWhatITyped() {
        StandIns.gateway().stubFor(put(ME).willReturn(aResponse().withStatus(412)));
        Browser volunteer = Browser.volunteer("vol-c3");
        volunteer.page("/contact");

        Response answer = volunteer.post("/contact/gegevens", "version", "2", "name", "Anna de Vries", "email",
                "anna@example.org", "phone", "030 1234567");

        assertThat(answer.statusCode()).isEqualTo(409);
        Document page = volunteer.read(answer);
        assertThat(page.select("#form-error[role=alert]").text()).startsWith("Uw gegevens zijn intussen");
        assertThat(page.select("#phone").val()).isEqualTo("030 1234567");
        assertThat(page.select("#phone-saved").text()).isEqualTo("Nu opgeslagen: +31 6 12345678");
        assertThat(page.select("#name-saved")).isEmpty();
        assertThat(page.select("input[name=version]").val()).isEqualTo("3");
    }

    @Test
    void aBadPhoneNumberFromTheApiIsShownAtThePhoneField() {
        StandIns.gateway().stubFor(put(ME).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/validation", "status": 400,
                         "errors": [{"field": "replace.input.phone", "message": "must be a phone number"}]}""")));
        Browser volunteer = Browser.volunteer("vol-c4").inEnglish();
        volunteer.page("/contact");
        Document page = volunteer.read(volunteer.post("/contact/gegevens", "version", "3", "name", "Anna",
                "email", "", "phone", "bel me"));
        assertThat(page.select("#phone-error").text()).startsWith("This is not a phone number");
        assertThat(page.select("#phone").attr("aria-describedby")).isEqualTo("phone-error");
    }

    @Test
    void howToBeReachedIsSentAsTheApiWantsIt() {
        StandIns.gateway().stubFor(put(NOTIFICATIONS).willReturn(okJson("""
                {"reachBy": "PHONE", "language": "en"}""")));
        Browser volunteer = Browser.volunteer("vol-c5");
        volunteer.page("/contact");

        Response saved = volunteer.post("/contact/bereikbaarheid", "reachBy", "PHONE", "language", "en",
                "quietFrom", "", "quietUntil", "");

        assertThat(saved.header("Location")).endsWith("/contact?gedaan=notifications_saved");
        StandIns.gateway().verify(putRequestedFor(urlPathEqualTo(NOTIFICATIONS))
                .withHeader("Authorization", equalTo("Bearer " + volunteer.accessToken()))
                .withRequestBody(equalToJson("""
                        {"reachBy": "PHONE", "language": "en", "quietHours": null}""")));
    }

    @Test
    void oneQuietTimeWithoutTheOtherIsAnErrorAtThatField() {
        Browser volunteer = Browser.volunteer("vol-c6");
        volunteer.page("/contact");
        Response answer = volunteer.post("/contact/bereikbaarheid", "reachBy", "EMAIL", "language", "nl",
                "quietFrom", "21:00", "quietUntil", "");
        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = volunteer.read(answer);
        assertThat(page.select("#quietUntil-error").text()).startsWith("Vul beide tijden in");
        assertThat(page.select("#quietFrom").val()).isEqualTo("21:00");
        StandIns.gateway().verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void emailWithoutAnAddressIsASentenceAtTheChoice() {
        StandIns.gateway().stubFor(put(NOTIFICATIONS).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody(
                        """
                                {"type": "https://talentenbureau.nl/problems/unprocessable", "status": 422,
                                 "errors": [{"field": "reachBy", "message": "EMAIL needs an e-mail address on the profile"}]}""")));
        Browser volunteer = Browser.volunteer("vol-c7");
        volunteer.page("/contact");
        Response answer = volunteer.post("/contact/bereikbaarheid", "reachBy", "EMAIL", "language", "nl",
                "quietFrom", "", "quietUntil", "");
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(volunteer.read(answer).select("#reachBy-error").text())
                .contains("Per e-mail kan alleen als uw e-mailadres hierboven is ingevuld");
    }

    @Test
    void aCoordinatorGetsThe403PageAndAFormWithoutCsrfIsRefused() {
        StandIns.reset();
        assertThat(Browser.coordinator("handjehelpen").get("/contact").statusCode()).isEqualTo(403);
        StandIns.gateway().verify(0, anyRequestedFor(anyUrl()));

        StandIns.gateway().stubFor(get(ME).willReturn(okJson(ProfileFixtures.profile(3, ""))));
        Browser volunteer = Browser.volunteer("vol-c8");
        volunteer.page("/contact");
        Response response = volunteer.postWithoutToken("/contact/bereikbaarheid", Map.of("reachBy", "PHONE",
                "language", "nl"));
        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, putRequestedFor(anyUrl()));
    }
}
