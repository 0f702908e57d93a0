package nl.talentenbureau.web.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
class DeleteAccountResourceTest {

    static final String ME = "/api/volunteers/me";

    @BeforeEach
    void reset() {
        StandIns.reset();
    }

    @Test
    void thePageWarnsClearlyAndAsksToConfirm() {
        Document page = Browser.volunteer("vol-d1").page("/account-verwijderen");

        assertThat(page.select("h1").text()).isEqualTo("Account verwijderen");
        assertThat(page.select("#warning").text()).contains("dit kunt u niet ongedaan maken",
                "worden gewist", "uitgelogd");
        assertThat(page.select("input#confirm[type=checkbox]")).hasSize(1);
        assertThat(page.select("label[for=confirm]").text()).startsWith("Ja, ik weet het zeker");
        assertThat(page.select("button#delete").text()).isEqualTo("Account definitief verwijderen");
    }

    @Test
    void withoutTheConfirmationNothingIsDeleted() {
        Browser volunteer = Browser.volunteer("vol-d2");
        volunteer.page("/account-verwijderen");

        Response answer = volunteer.post("/account-verwijderen", Map.of());

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = volunteer.read(answer);
        assertThat(page.select("#confirm-error").text()).startsWith("Zet eerst een vinkje");
        assertThat(page.select("#confirm").attr("aria-describedby")).isEqualTo("confirm-error");
        StandIns.gateway().verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    void confirmedTheProfileIsErasedAndThePersonSignedOutEverywhere() {
        StandIns.gateway().stubFor(delete(ME).willReturn(aResponse().withStatus(204)));
        Browser volunteer = Browser.volunteer("vol-d3");
        volunteer.page("/account-verwijderen");

        Response answer = volunteer.post("/account-verwijderen", "confirm", "yes");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).contains("/protocol/openid-connect/logout")
                .contains("id_token_hint=").contains("post_logout_redirect_uri=");
        StandIns.gateway().verify(deleteRequestedFor(urlPathEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer " + volunteer.accessToken())));
        assertThat(volunteer.hasCookie("q_session")).as("the app's session ended").isFalse();
    }

    @Test
    void anApiErrorIsASentenceAndTheSessionStays() {
        StandIns.gateway().stubFor(delete(ME).willReturn(aResponse().withStatus(404)));
        Browser volunteer = Browser.volunteer("vol-d4").inEnglish();
        volunteer.page("/account-verwijderen");
        Response answer = volunteer.post("/account-verwijderen", "confirm", "yes");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(volunteer.read(answer).select("#form-error").text()).startsWith("This does not exist");
        assertThat(volunteer.hasCookie("q_session")).isTrue();
    }

    @Test
    void aDeletionWithoutTheCsrfTokenIsRefused() {
        Browser volunteer = Browser.volunteer("vol-d5");
        volunteer.page("/account-verwijderen");
        Response response = volunteer.postWithoutToken("/account-verwijderen", Map.of("confirm", "yes"));
        assertThat(response.statusCode()).isBetween(400, 403);
        StandIns.gateway().verify(0, deleteRequestedFor(anyUrl()));
    }
}
