package nl.talentenbureau.web.profile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
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
class ApplyResourceTest {

    static final String ME = "/api/volunteers/me";

    @BeforeEach
    void reset() {
        StandIns.reset();
        StandIns.gateway().stubFor(get(ME).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/not-found", "status": 404}""")));
        StandIns.gateway().stubFor(get("/api/catalog/kernen").willReturn(okJson("""
                [{"code": "breukelen", "name": "Breukelen"}, {"code": "maarssen", "name": "Maarssen"}]""")));
    }

    @Test
    void theFormHasALabelForEveryFieldAndTheNameFromTheAccount() {
        Document page = Browser.volunteer("vol-a1").page("/aanmelden");

        assertThat(page.select("h1").text()).isEqualTo("Aanmelden als vrijwilliger");
        for (String field : List.of("name", "email", "phone", "birthYear", "homeKern", "maxTravelKm")) {
            assertThat(page.select("label[for=" + field + "]")).as(field).hasSize(1);
        }
        assertThat(page.select("#name").val()).isEqualTo("Test vol-a1");
        assertThat(page.select("#homeKern option").eachAttr("value")).containsExactly("", "breukelen", "maarssen");
        assertThat(page.select("#languages input[checked]").eachAttr("value")).containsExactly("nl");
    }

    @Test
    void applyingSendsTheProfileAndGoesOnToMyWeek() {
        StandIns.gateway().stubFor(post(ME).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(ProfileFixtures.profile(0, ""))));
        Browser volunteer = Browser.volunteer("vol-a2");
        volunteer.page("/aanmelden");

        Response applied = volunteer.postFields("/aanmelden", form("Anna de Vries", "breukelen", "10", "1958",
                "nl", "en"));

        assertThat(applied.statusCode()).isEqualTo(303);
        assertThat(applied.header("Location")).endsWith("/mijn-week?gedaan=applied");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer " + volunteer.accessToken()))
                .withRequestBody(equalToJson("""
                        {"name": "Anna de Vries", "email": "anna@example.org", "phone": null, "birthYear": 1958,
                         "homeKern": "breukelen", "maxTravelKm": 10, "languages": ["nl", "en"], "talents": [],
                         "availability": [], "themes": []}""")));
    }

    @Test
    void missingFieldsAreErrorsAtTheFieldsAndNeverReachTheApi() {
        Browser volunteer = Browser.volunteer("vol-a3");
        volunteer.page("/aanmelden");

        Response answer = volunteer.postFields("/aanmelden", form(" ", "", "ver", "negentien", "nl"));

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = volunteer.read(answer);
        assertThat(page.select("#name-error").text()).isEqualTo("Vul uw naam in.");
        assertThat(page.select("#homeKern-error").text()).isEqualTo("Kies de kern waar u woont.");
        assertThat(page.select("#maxTravelKm-error").text()).startsWith("Vul een aantal kilometers in");
        assertThat(page.select("#birthYear-error").text()).startsWith("Vul uw geboortejaar in");
        assertThat(page.select("#homeKern").attr("aria-describedby")).isEqualTo("homeKern-error");
        assertThat(page.select("#maxTravelKm").val()).isEqualTo("ver");
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void theApisErrorsAreSentencesAtTheFieldsInEnglish() {
        StandIns.gateway().stubFor(post(ME).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(
                        """
                                {"type": "https://talentenbureau.nl/problems/validation", "status": 400,
                                 "errors": [{"field": "register.input.email", "message": "must be a well-formed email address"}]}""")));
        Browser volunteer = Browser.volunteer("vol-a4").inEnglish();
        volunteer.page("/aanmelden");

        Map<String, List<String>> form = form("Anna", "breukelen", "5", "", "nl");
        form.put("email", List.of("anna-at-home"));
        Document page = volunteer.read(volunteer.postFields("/aanmelden", form));

        assertThat(page.select("#email-error").text()).startsWith("This is not an e-mail address");
        assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#email").val()).isEqualTo("anna-at-home");
    }

    @Test
    void anUnknownKernIsASentence() {
        StandIns.gateway().stubFor(post(ME).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/unprocessable", "status": 422,
                         "errors": [{"field": "homeKern", "message": "unknown kern"}]}""")));
        Browser volunteer = Browser.volunteer("vol-a5");
        volunteer.page("/aanmelden");
        Response answer = volunteer.postFields("/aanmelden", form("Anna", "atlantis", "5", "", "nl"));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(volunteer.read(answer).select("#homeKern-error").text()).isEqualTo("Kies de kern waar u woont.");
    }

    @Test
    void aVolunteerWithAProfileGoesToTheOffersAndACoordinatorGetsThe403Page() {
        StandIns.gateway().stubFor(get(ME).willReturn(okJson(ProfileFixtures.profile(1, ""))));
        Response response = Browser.volunteer("vol-a6").get("/aanmelden");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/aanbod");

        assertThat(Browser.coordinator("handjehelpen").get("/aanmelden").statusCode()).isEqualTo(403);
    }

    @Test
    void anApplicationWithoutTheCsrfTokenIsRefused() {
        Browser volunteer = Browser.volunteer("vol-a7");
        volunteer.page("/aanmelden");
        Response response = volunteer.postWithoutToken("/aanmelden", Map.of("name", "Anna", "homeKern",
                "breukelen", "maxTravelKm", "5"));
        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));
    }

    private static Map<String, List<String>> form(String name, String kern, String km, String birthYear,
            String... languages) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("name", List.of(name));
        form.put("email", List.of("anna@example.org"));
        form.put("phone", List.of(""));
        form.put("birthYear", List.of(birthYear));
        form.put("homeKern", List.of(kern));
        form.put("maxTravelKm", List.of(km));
        form.put("languages", List.of(languages));
        return form;
    }
}
