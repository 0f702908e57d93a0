package nl.talentenbureau.web.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.web.testing.Browser;
import nl.talentenbureau.web.testing.StandIns;

/**
 * Keycloak stops answering after the app has started (the fault of issue 14): the stand-in's discovery URL resets
 * every connection, the app's probe notices within a second or two (every second in tests).
 */
@QuarkusTest
@QuarkusTestResource(StandIns.class)
class SignInUnavailableTest {

    private static final String DISCOVERY = StandIns.REALM_PATH + "/.well-known/openid-configuration";

    @Inject
    IdentityProviderProbe probe;

    private final List<StubMapping> outage = new ArrayList<>();

    @AfterEach
    void keycloakAnswersAgain() {
        if (!outage.isEmpty()) {
            outage.forEach(StandIns.keycloak()::removeStub);
            outage.clear();
            await(true);
        }
    }

    @Test
    void whileKeycloakAnswersAPageThatNeedsSignInRedirectsThereAsBefore() {
        await(true);
        Response response = Browser.anonymous().get("/mijn-matches");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).contains("/protocol/openid-connect/auth");
    }

    @Test
    void whileKeycloakIsDownAPageThatNeedsSignInSaysSoInDutchWithRetryAfter() {
        keycloakStops();

        Browser visitor = Browser.anonymous();
        Response response = visitor.get("/mijn-matches");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.header("Location")).isNull();
        assertThat(response.header("Retry-After")).isEqualTo("60");
        assertThat(response.contentType()).startsWith("text/html");
        Document page = visitor.read(response);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(page.select("h1").text()).isEqualTo("Inloggen lukt nu niet");
        assertThat(page.selectFirst("#sign-in-unavailable").attr("role")).isEqualTo("alert");
        assertThat(page.selectFirst("#sign-in-unavailable").text()).contains(
                "Inloggen is op dit moment niet mogelijk", "Uw gegevens zijn veilig",
                "Probeer het over een paar minuten opnieuw");
        assertThat(page.selectFirst("#back-home").attr("href")).isEqualTo("/");
        assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.title()).startsWith("Inloggen lukt nu niet");
    }

    @Test
    void inEnglishThePageIsEnglish() {
        keycloakStops();

        Browser visitor = Browser.anonymous().inEnglish();
        Response response = visitor.get("/coordinator");

        assertThat(response.statusCode()).isEqualTo(503);
        Document page = visitor.read(response);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Signing in is not possible right now");
        assertThat(page.selectFirst("#sign-in-unavailable").text()).contains("Your data is safe",
                "Please try again in a few minutes");
        assertThat(page.selectFirst("#back-home").text()).isEqualTo("To the start page");
    }

    @Test
    void theLanguageSwitchOnThePageLeadsBackToIt() {
        keycloakStops();
        Browser visitor = Browser.anonymous();
        Document dutch = visitor.read(visitor.get("/aanbod"));

        // the browser sends the link as it is; RestAssured would encode its %2F once more
        Response switched = visitor
                .get(URLDecoder.decode(dutch.selectFirst("#lang-switch").attr("href"), StandardCharsets.UTF_8));
        assertThat(switched.statusCode()).isEqualTo(303);
        URI back = URI.create(switched.header("Location"));
        assertThat(back.getRawPath()).isEqualTo(SignInUnavailableResource.PATH);
        assertThat(param(back, "terug")).isEqualTo("/aanbod");
        Response english = visitor.get(SignInUnavailableResource.PATH + "?terug=/aanbod");

        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(visitor.read(english).select("h1").text()).isEqualTo("Signing in is not possible right now");
    }

    @Test
    void aFormPostWithoutSessionGetsThePageToo() {
        keycloakStops();
        Response response = Browser.anonymous().postWithoutToken("/mijn-week", Map.of("slot", "MON_MORNING"));
        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    void thePublicPagesStillAnswer() {
        keycloakStops();
        Document welcome = Browser.anonymous().page("/");
        assertThat(welcome.select("h1").text()).isEqualTo("Welkom bij het Talentenbureau");
        assertThat(Browser.anonymous().get("/taal?lang=en&terug=%2F").statusCode()).isEqualTo(303);
    }

    @Test
    void aSignedInPersonKeepsWorkingWithTheTokensTheyHave() {
        await(true);
        Browser partner = Browser.anonymous().signIn("partner-1", null);

        keycloakStops();
        Document page = partner.page("/geen-rol");

        assertThat(page.select("#sign-out")).hasSize(1);
    }

    @Test
    void aSessionThatNeedsARefreshWhileKeycloakIsDownGetsThePageAndSignsInAgainAfterwards() {
        await(true);
        Instant expired = Instant.now().plusSeconds(6);
        Browser partner = Browser.anonymous().signInBriefly("partner-2", 6);
        keycloakStops();
        sleep(Duration.between(Instant.now(), expired.plusMillis(500))); // the page now needs a refresh

        Response response = partner.get("/geen-rol");
        assertThat(response.statusCode()).isEqualTo(302);
        URI expiredPage = URI.create(response.header("Location"));
        assertThat(expiredPage.getRawPath()).isEqualTo(SignInUnavailableResource.PATH);
        assertThat(param(expiredPage, "terug")).isEqualTo("/geen-rol");
        Response unavailable = partner.get(expiredPage.getRawPath() + "?" + expiredPage.getRawQuery());
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(partner.read(unavailable).select("h1").text()).isEqualTo("Inloggen lukt nu niet");

        keycloakAnswersAgain();
        // the browser follows the Location as it is; RestAssured would encode its %2F once more
        Response later = partner.get(expiredPage.getRawPath() + "?terug=" + param(expiredPage, "terug"));
        assertThat(later.statusCode()).isEqualTo(303);
        assertThat(later.header("Location")).endsWith("/geen-rol");
    }

    @Test
    void theWayBackFromKeycloakWithACodeGetsThePageWhenKeycloakStoppedMeanwhile() {
        await(true);
        Browser visitor = Browser.anonymous();
        Response toKeycloak = visitor.get("/inloggen");
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        URI authorize = URI.create(toKeycloak.header("Location"));

        keycloakStops();
        String redirectUri = param(authorize, "redirect_uri");
        Response back = visitor.get(URI.create(redirectUri).getRawPath() + "?code=some-code&state="
                + param(authorize, "state"));

        assertThat(back.statusCode()).isEqualTo(503);
        assertThat(visitor.read(back).select("h1").text()).isEqualTo("Inloggen lukt nu niet");
    }

    @Test
    void theSignInUnavailablePageGoesOnToSignInWhenKeycloakAnswers() {
        await(true);
        Response response = Browser.anonymous().get(SignInUnavailableResource.PATH);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/inloggen");
        Response back = Browser.anonymous().get(SignInUnavailableResource.PATH + "?terug=/mijn-week");
        assertThat(back.header("Location")).endsWith("/mijn-week");
        Response elsewhere = Browser.anonymous().get(SignInUnavailableResource.PATH + "?terug=//evil.example/");
        assertThat(elsewhere.header("Location")).doesNotContain("evil.example");
    }

    /** Discovery and the token endpoint reset every connection. */
    private void keycloakStops() {
        outage.add(StandIns.keycloak().stubFor(get(DISCOVERY).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))));
        outage.add(StandIns.keycloak().stubFor(post(Browser.TOKEN_PATH).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))));
        await(false);
    }

    private void await(boolean reachable) {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (probe.reachable() != reachable) {
            assertThat(Instant.now()).as("the probe saw Keycloak " + (reachable ? "answer" : "stop"))
                    .isBefore(until);
            sleep(Duration.ofMillis(100));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.isNegative() ? Duration.ZERO : duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String param(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }
}
