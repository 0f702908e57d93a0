package nl.talentenbureau.web.directory;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static nl.talentenbureau.web.testing.PublicStubs.DIRECTORY;
import static nl.talentenbureau.web.testing.PublicStubs.getPath;
import static nl.talentenbureau.web.testing.PublicStubs.problem;
import static nl.talentenbureau.web.testing.PublicStubs.stub;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.web.testing.Browser;
import nl.talentenbureau.web.testing.PublicStubs;
import nl.talentenbureau.web.testing.StandIns;

/** The coalition's directory for anyone: what each organisation does where, when it is open, how to reach it. */
@QuarkusTest
@QuarkusTestResource(StandIns.class)
class DirectoryResourceTest {

    @BeforeEach
    void reset() {
        StandIns.reset();
        PublicStubs.catalog();
        stub(getPath(DIRECTORY), okJson("[" + PublicStubs.organisation("welzijn", "Welzijn Stichtse Vecht") + "]"));
    }

    @Test
    void aVisitorSeesWhatEachOrganisationDoesWhenItIsOpenAndHowToReachIt() {
        Document page = Browser.anonymous().page("/organisaties");

        assertThat(page.select("h1").text()).isEqualTo("Organisaties voor ouderen");
        assertThat(page.select("#result-count").text()).isEqualTo("Er is 1 organisatie gevonden.");
        Element welzijn = page.selectFirst("[data-organisation=welzijn]");
        assertThat(welzijn.select("h2").text()).isEqualTo("Welzijn Stichtse Vecht");
        assertThat(welzijn.select("li[data-theme=health]").text())
                .isEqualTo("Gezondheid: Ouderenadviseur komt op huisbezoek (in Breukelen, Maarssen)");
        assertThat(welzijn.select("li[data-theme=digital]").text()).endsWith("(in heel Stichtse Vecht)");
        assertThat(welzijn.text()).contains("maandag: 09:00 tot 12:30").contains("Huisbezoek op afspraak")
                .contains("Straatweg 12, Breukelen");
        assertThat(welzijn.select("a[href^=tel:]").attr("href")).isEqualTo("tel:0346123456");
        assertThat(welzijn.select("a[href^=mailto:]").text()).isEqualTo("info@welzijn.example");
    }

    @Test
    void theFilterAsksTheApiForThatThemeAndKern() {
        stub(getPath(DIRECTORY), okJson("[]"));

        Document page = Browser.anonymous().inEnglish().page("/organisaties?thema=digital&kern=breukelen");

        assertThat(page.select("#no-organisations").text()).startsWith("No organisation found");
        assertThat(page.select("#theme option[selected]").text()).isEqualTo("Digital vitality");
        StandIns.gateway().verify(getRequestedFor(urlPathEqualTo(DIRECTORY))
                .withQueryParam("theme", equalTo("digital")).withQueryParam("kern", equalTo("breukelen")));
    }

    @Test
    void aThemeTheFormDoesNotOfferIsASentenceAtItsField() {
        Response answer = Browser.anonymous().get("/organisaties?thema=vliegen");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(Browser.anonymous().read(answer).select("#theme-error").text())
                .isEqualTo("Kies een thema uit de lijst.");
    }

    @Test
    void aBusyApiIsASentence() {
        stub(getPath(DIRECTORY), problem(429, "too-many-requests", null));
        Response busy = Browser.anonymous().get("/organisaties");
        assertThat(busy.statusCode()).isNotEqualTo(500);
        assertThat(busy.body().asString()).contains("Het is nu erg druk.");
    }
}
