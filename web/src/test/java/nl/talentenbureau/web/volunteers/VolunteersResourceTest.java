package nl.talentenbureau.web.volunteers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static nl.talentenbureau.web.volunteers.PoolFixtures.ANNA;
import static nl.talentenbureau.web.volunteers.PoolFixtures.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
class VolunteersResourceTest {

    static final String SEARCH = "/api/volunteers";
    static final String PAGE = "/coordinator/vrijwilligers/" + ANNA;
    static final UUID BERT = UUID.fromString("5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18");

    @BeforeEach
    void reset() {
        StandIns.reset();
        PoolFixtures.stubCatalogue();
    }

    @Test
    void aVolunteerGetsThe403PageAndTheApiIsNeverAsked() {
        StandIns.reset();
        Browser volunteer = Browser.volunteer("vol-pool");
        assertThat(volunteer.get("/coordinator/vrijwilligers").statusCode()).isEqualTo(403);
        Response response = volunteer.get(PAGE);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(volunteer.read(response).select("h1").text()).isEqualTo("Deze pagina is niet voor u");
        StandIns.gateway().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theSearchSendsEveryFilterAndLinksEachVolunteerToTheirProfile() {
        StandIns.gateway().stubFor(get(urlPathEqualTo(SEARCH)).willReturn(okJson("""
                {"items": [
                  {"id": "%s", "status": "ACTIVE", "name": "Anna de Vries", "homeKern": "breukelen",
                   "talents": [{"code": "digital-help", "level": 2}], "organisations": ["handjehelpen"]},
                  {"id": "%s", "status": "PAUSED", "name": "Bert de Vries", "homeKern": "maarssen",
                   "talents": [], "organisations": []}],
                 "page": 0, "size": 20, "total": 23}""".formatted(ANNA, BERT))));
        Browser coordinator = Browser.coordinator("handjehelpen");

        Document page = coordinator.page("/coordinator/vrijwilligers?q=vries&kern=breukelen&talent=digital-help"
                + "&minLevel=2&status=ACTIVE&freeIn=TUE_MORNING&vogValid=true&training=first-aid");

        StandIns.gateway().verify(getRequestedFor(urlPathEqualTo(SEARCH))
                .withHeader("Authorization", equalTo("Bearer " + coordinator.accessToken()))
                .withQueryParam("q", equalTo("vries")).withQueryParam("kern", equalTo("breukelen"))
                .withQueryParam("talent", equalTo("digital-help")).withQueryParam("minLevel", equalTo("2"))
                .withQueryParam("status", equalTo("ACTIVE")).withQueryParam("freeIn", equalTo("TUE_MORNING"))
                .withQueryParam("vogValid", equalTo("true")).withQueryParam("training", equalTo("first-aid"))
                .withQueryParam("page", equalTo("0")).withQueryParam("size", equalTo("20")));
        assertThat(page.select("a[data-volunteer-id]").eachAttr("href"))
                .containsExactly("/coordinator/vrijwilligers/" + ANNA, "/coordinator/vrijwilligers/" + BERT);
        assertThat(page.select("#result-count").text()).isEqualTo("23 vrijwilligers gevonden.");
        assertThat(page.select("tr:has([data-volunteer-id=" + ANNA + "])").text())
                .contains("actief (ACTIVE)", "Breukelen", "Digitale hulp (2)");
        assertThat(page.select("#status option[selected]").val()).isEqualTo("ACTIVE");
        assertThat(page.select("#next-page").attr("href")).contains("q=vries", "status=ACTIVE", "page=1");
        assertThat(page.select("#previous-page")).isEmpty();
        assertThat(page.select("form#search").attr("method")).isEqualTo("get");
        for (var input : page.select("form#search input, form#search select")) {
            assertThat(page.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
    }

    @Test
    void aFilterTheFormDoesNotOfferIsAnErrorAtItsFieldAndTheApiIsNotAsked() {
        Browser coordinator = Browser.coordinator("handjehelpen");

        Response answer = coordinator.get("/coordinator/vrijwilligers?status=RETIRED&minLevel=7");

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = coordinator.read(answer);
        assertThat(page.select("#status-error").text()).isEqualTo("Kies een status uit de lijst.");
        assertThat(page.select("#minLevel-error").text()).startsWith("Kies een niveau van 1 tot 3");
        assertThat(page.select("#status").attr("aria-describedby")).isEqualTo("status-error");
        StandIns.gateway().verify(0, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void aFilterTheApiRefusesIsASentenceAtThatField() {
        StandIns.gateway().stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/validation-failed", "status": 400,
                         "errors": [{"field": "minLevel", "message": "needs a talent to apply to"}]}""")));
        Browser coordinator = Browser.coordinator("handjehelpen").inEnglish();

        Response answer = coordinator.get("/coordinator/vrijwilligers?minLevel=2");

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = coordinator.read(answer);
        assertThat(page.select("#minLevel-error").text()).isEqualTo(
                "Choose a level from 1 to 3, and choose a talent as well.");
        assertThat(page.select("#form-error")).isEmpty();
    }

    @Test
    void theProfilePageShowsTheFormTheVogAndTheTrainingsWithALabelForEachField() {
        PoolFixtures.stubAnna(3, "breukelen", "+31 6 12345678", true);
        Document page = Browser.coordinator("handjehelpen").page(PAGE);

        assertThat(page.select("h1").text()).isEqualTo("Anna de Vries");
        assertThat(page.select("#fullName").val()).isEqualTo("Anna de Vries");
        assertThat(page.select("#phone").val()).isEqualTo("+31 6 12345678");
        assertThat(page.select("#kern option[selected]").val()).isEqualTo("breukelen");
        assertThat(page.select("#capacity").val()).isEqualTo("2");
        assertThat(page.select("#level-digital-help option[selected]").val()).isEqualTo("2");
        assertThat(page.select("#level-knitting option[selected]").val()).as("a retired talent while held")
                .isEqualTo("3");
        assertThat(page.select("#spoken-nl").hasAttr("checked")).isTrue();
        assertThat(page.select("#theme-digital").hasAttr("checked")).isTrue();
        assertThat(page.select("#profile-form input[name=version]").val()).isEqualTo("3");
        assertThat(page.select("#contact-withheld")).isEmpty();
        assertThat(page.select("#current-status").text()).isEqualTo("actief (ACTIVE)");
        assertThat(page.select("#newStatus option").eachAttr("value")).doesNotContain("ACTIVE").contains("PAUSED");
        assertThat(page.select("#vog").text()).contains("1 maart 2025", "29 februari 2028", "✓ geldig");
        assertThat(page.select("#trainings tr[data-training=first-aid]").text()).contains("EHBO", "11 mei 2026",
                "✗ verlopen");
        assertThat(page.select("#training option").eachAttr("value")).containsExactly("", "first-aid", "privacy");
        for (var input : page.select("main input:not([type=hidden]), main select")) {
            assertThat(page.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
    }

    @Test
    void savingSendsTheWholeProfileWithIfMatchAndKeepsWhatTheFormDoesNotShow() {
        PoolFixtures.stubAnna(3, "breukelen", "+31 6 12345678", true);
        StandIns.gateway().stubFor(put(PROFILE).willReturn(okJson(PoolFixtures.anna(4, "maarssen", "", true))));
        Browser coordinator = Browser.coordinator("handjehelpen");
        coordinator.page(PAGE);

        Response saved = coordinator.postFields(PAGE, profileForm("3", "maarssen", "030 1234567"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith(PAGE + "?gedaan=volunteer_saved");
        StandIns.gateway().verify(putRequestedFor(urlPathEqualTo(PROFILE))
                .withHeader("Authorization", equalTo("Bearer " + coordinator.accessToken()))
                .withHeader("If-Match", equalTo("\"3\"")).withRequestBody(equalToJson("""
                        {"name": "Anna de Vries", "email": "anna@example.org", "phone": "030 1234567",
                         "birthYear": 1958, "homeKern": "maarssen", "maxTravelKm": 15,
                         "languages": ["nl", "en", "pap"],
                         "talents": [{"code": "driving", "level": 1}, {"code": "knitting", "level": 3}],
                         "availability": ["TUE_MORNING"], "themes": ["mobility"], "capacity": 1}""")));
        assertThat(coordinator.page(PAGE + "?gedaan=volunteer_saved").select("#flash").text())
                .isEqualTo("Het profiel is opgeslagen.");
    }

    @Test
    void withheldContactDetailsAreASentenceAndAreNeverSent() {
        PoolFixtures.stubAnna(3, "breukelen", null, false);
        StandIns.gateway().stubFor(put(PROFILE).willReturn(okJson(PoolFixtures.anna(4, "breukelen", null, false))));
        Browser coordinator = Browser.coordinator("anderebond");

        Document page = coordinator.page(PAGE);

        assertThat(page.select("#contact-withheld").text()).startsWith(
                "U mag het e-mailadres en telefoonnummer van deze vrijwilliger niet zien");
        assertThat(page.select("#email, #phone")).isEmpty();
        Map<String, List<String>> form = profileForm("3", "breukelen", "");
        form.remove("email");
        form.remove("phone");
        coordinator.postFields(PAGE, form);
        StandIns.gateway().verify(putRequestedFor(urlPathEqualTo(PROFILE)).withRequestBody(equalToJson("""
                {"email": null, "phone": null}""", true, true)));
    }

    @Test
    void aStaleSaveReadsTheVolunteerAgainAndShowsWhatIsSavedNowUnderEachChangedField() {
        // someone else moved Anna to Maarssen and changed her phone: version 4 now
        PoolFixtures.stubAnna(4, "maarssen", "06 99999999", true);
        StandIns.gateway().stubFor(put(PROFILE).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/precondition-failed", "status": 412}""")));
        Browser coordinator = Browser.coordinator("handjehelpen");
        coordinator.page(PAGE);

        Response answer = coordinator.postFields(PAGE, profileForm("3", "breukelen", "+31 6 12345678"));

        assertThat(answer.statusCode()).isEqualTo(409);
        Document page = coordinator.read(answer);
        assertThat(page.select("#form-error[role=alert]").text()).startsWith(
                "Dit profiel is intussen door iemand anders gewijzigd. Er is nog niets van u opgeslagen.");
        assertThat(page.select("#kern-saved").text()).isEqualTo("Nu opgeslagen: Maarssen");
        assertThat(page.select("#phone-saved").text()).isEqualTo("Nu opgeslagen: 06 99999999");
        assertThat(page.select("#kern option[selected]").val()).as("what was typed stays").isEqualTo("breukelen");
        assertThat(page.select("#maxTravelKm-saved").text()).isEqualTo("Nu opgeslagen: 10");
        assertThat(page.select("#level-digital-help-saved").text()).isEqualTo("Nu opgeslagen: 2 - goed");
        assertThat(page.select("#fullName-saved")).isEmpty();
        assertThat(page.select("#profile-form input[name=version]").val()).isEqualTo("4");
        assertThat(page.text()).doesNotContain("412");
    }

    @Test
    void aFieldTheApiRefusesIsASentenceAtThatFieldAndAMissingNameIsCaughtFirst() {
        PoolFixtures.stubAnna(3, "breukelen", "+31 6 12345678", true);
        StandIns.gateway().stubFor(put(PROFILE).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/validation-failed", "status": 400,
                         "errors": [{"field": "replace.input.phone", "message": "must be a phone number"}]}""")));
        Browser coordinator = Browser.coordinator("handjehelpen");
        coordinator.page(PAGE);

        Response refused = coordinator.postFields(PAGE, profileForm("3", "breukelen", "bel maar"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = coordinator.read(refused);
        assertThat(page.select("#phone-error").text()).startsWith("Dit is geen telefoonnummer.");
        assertThat(page.select("#phone").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#phone").val()).isEqualTo("bel maar");

        StandIns.gateway().resetRequests();
        Map<String, List<String>> nameless = profileForm("3", "breukelen", "");
        nameless.put("fullName", List.of(" "));
        nameless.put("capacity", List.of("twee"));
        Document missing = coordinator.read(coordinator.postFields(PAGE, nameless));
        assertThat(missing.select("#fullName-error").text()).startsWith("Vul de naam van de vrijwilliger in");
        assertThat(missing.select("#capacity-error").text()).startsWith("Vul in hoeveel matches tegelijk");
        StandIns.gateway().verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void theStatusStepsWithIfMatchAndAnImpossibleOrStaleStepIsExplained() {
        PoolFixtures.stubAnna(3, "breukelen", "+31 6 12345678", true);
        StandIns.gateway().stubFor(post(PROFILE + "/status").willReturn(okJson(PoolFixtures.anna(4, "breukelen",
                "", true))));
        Browser coordinator = Browser.coordinator("handjehelpen");
        coordinator.page(PAGE);

        Response stepped = coordinator.post(PAGE + "/status", "version", "3", "newStatus", "PAUSED");
        assertThat(stepped.header("Location")).endsWith(PAGE + "?gedaan=status_changed");
        StandIns.gateway().verify(postRequestedFor(urlPathEqualTo(PROFILE + "/status"))
                .withHeader("If-Match", equalTo("\"3\"")).withRequestBody(equalToJson("""
                        {"status": "PAUSED"}""")));

        Response unchosen = coordinator.post(PAGE + "/status", "version", "3");
        assertThat(unchosen.statusCode()).isEqualTo(400);
        assertThat(coordinator.read(unchosen).select("#newStatus-error")).hasSize(1);

        StandIns.gateway().stubFor(post(PROFILE + "/status").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/illegal-transition", "status": 409}""")));
        Response impossible = coordinator.post(PAGE + "/status", "version", "3", "newStatus", "INTAKE");
        assertThat(impossible.statusCode()).isEqualTo(409);
        assertThat(coordinator.read(impossible).select("#newStatus-error").text())
                .startsWith("Deze stap kan niet vanuit de huidige status.");

        StandIns.gateway().stubFor(post(PROFILE + "/status").willReturn(aResponse().withStatus(412)));
        PoolFixtures.stubAnna(5, "breukelen", "+31 6 12345678", true);
        Response stale = coordinator.post(PAGE + "/status", "version", "3", "newStatus", "STOPPED");
        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = coordinator.read(stale);
        assertThat(page.select("#status-stale[role=alert]").text()).contains("De status is niet gewijzigd.",
                "De status is nu: actief (ACTIVE).");
        assertThat(page.select("#status-form input[name=version]").val()).isEqualTo("5");
    }

    @Test
    void aVogIsRecordedWithItsDateAndABadDateIsAnErrorAtTheField() {
        PoolFixtures.stubAnna(3, "breukelen", "+31 6 12345678", true);
        StandIns.gateway().stubFor(put(PROFILE + "/vog").willReturn(okJson("""
                {"vogIssuedOn": "2026-01-05", "vogValidUntil": "2029-01-04", "vogValid": true, "trainings": []}""")));
        Browser coordinator = Browser.coordinator("handjehelpen");
        coordinator.page(PAGE);

        Response recorded = coordinator.post(PAGE + "/vog", "issuedOn", "2026-01-05");
        assertThat(recorded.header("Location")).endsWith(PAGE + "?gedaan=vog_recorded");
        StandIns.gateway().verify(putRequestedFor(urlPathEqualTo(PROFILE + "/vog")).withRequestBody(equalToJson("""
                {"issuedOn": "2026-01-05"}""")));

        StandIns.gateway().resetRequests();
        Response garbled = coordinator.post(PAGE + "/vog", "issuedOn", "5 januari");
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(coordinator.read(garbled).select("#issuedOn-error").text())
                .isEqualTo("Vul de datum van afgifte in, vandaag of eerder.");
        StandIns.gateway().verify(0, putRequestedFor(anyUrl()));

        StandIns.gateway().stubFor(put(PROFILE + "/vog").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(
                        """
                                {"type": "https://talentenbureau.nl/problems/validation-failed", "status": 400,
                                 "errors": [{"field": "recordVog.input.issuedOn", "message": "must be a date in the past or in the present"}]}""")));
        Response future = coordinator.post(PAGE + "/vog", "issuedOn", "2099-01-01");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(coordinator.read(future).select("#issuedOn-error")).hasSize(1);
    }

    @Test
    void aTrainingFromTheCatalogueIsRecordedAndARetiredOneIsRefusedAtTheField() {
        PoolFixtures.stubAnna(3, "breukelen", "+31 6 12345678", true);
        StandIns.gateway().stubFor(put(PROFILE + "/trainings/first-aid").willReturn(okJson("""
                {"vogValid": false, "trainings": []}""")));
        Browser coordinator = Browser.coordinator("handjehelpen");
        coordinator.page(PAGE);

        Response recorded = coordinator.post(PAGE + "/trainingen", "training", "first-aid", "completedOn",
                "2026-02-01");
        assertThat(recorded.header("Location")).endsWith(PAGE + "?gedaan=training_recorded");
        StandIns.gateway().verify(putRequestedFor(urlPathEqualTo(PROFILE + "/trainings/first-aid"))
                .withRequestBody(equalToJson("""
                        {"completedOn": "2026-02-01"}""")));

        StandIns.gateway().resetRequests();
        Response retired = coordinator.post(PAGE + "/trainingen", "training", "old-course", "completedOn", "");
        assertThat(retired.statusCode()).isEqualTo(400);
        Document page = coordinator.read(retired);
        assertThat(page.select("#training-error").text()).isEqualTo("Kies een training uit de lijst.");
        assertThat(page.select("#completedOn-error")).hasSize(1);
        StandIns.gateway().verify(0, putRequestedFor(anyUrl()));

        StandIns.gateway().stubFor(put(PROFILE + "/trainings/privacy").willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://talentenbureau.nl/problems/unprocessable", "status": 422,
                         "detail": "training privacy is retired"}""")));
        Response unknown = coordinator.post(PAGE + "/trainingen", "training", "privacy", "completedOn",
                "2026-02-01");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(coordinator.read(unknown).select("#training-error").text())
                .isEqualTo("Kies een training uit de lijst.");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndNeverReachTheApi() {
        PoolFixtures.stubAnna(3, "breukelen", "+31 6 12345678", true);
        Browser coordinator = Browser.coordinator("handjehelpen");
        coordinator.page(PAGE);

        for (String path : List.of(PAGE, PAGE + "/status", PAGE + "/vog", PAGE + "/trainingen")) {
            Response response = coordinator.postWithoutToken(path, Map.of("version", "3", "newStatus", "PAUSED",
                    "issuedOn", "2026-01-05", "training", "first-aid", "completedOn", "2026-01-05",
                    "fullName", "X"));
            assertThat(response.statusCode()).as(path).isBetween(400, 403);
        }
        StandIns.gateway().verify(0, putRequestedFor(anyUrl()));
        StandIns.gateway().verify(0, postRequestedFor(anyUrl()));
    }

    /** The profile form as a coordinator fills it in: driving level 1 instead of digital help, knitting kept. */
    private static Map<String, List<String>> profileForm(String version, String kern, String phone) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("version", List.of(version));
        form.put("fullName", List.of("Anna de Vries"));
        form.put("email", List.of("anna@example.org"));
        form.put("phone", List.of(phone));
        form.put("yearOfBirth", List.of("1958"));
        form.put("kern", List.of(kern));
        form.put("maxTravelKm", List.of("15"));
        form.put("capacity", List.of("1"));
        form.put("spoken", List.of("nl", "en"));
        form.put("level-digital-help", List.of(""));
        form.put("level-driving", List.of("1"));
        form.put("level-knitting", List.of("3"));
        form.put("theme", List.of("mobility"));
        return form;
    }
}
