package nl.talentenbureau.web.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A person with a browser: keeps the cookies, signs in through the real authorization code flow of the app
 * (Keycloak's part played by {@link StandIns}), reads pages and posts their forms with the CSRF token the page
 * carried. Redirects are not followed, so a test sees each step.
 */
public final class Browser {

    public static final String TOKEN_PATH = StandIns.REALM_PATH + "/protocol/openid-connect/token";

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;
    private String accessToken;

    public static Browser anonymous() {
        return new Browser();
    }

    public static Browser volunteer(String subject) {
        return new Browser().signIn(subject, null, "volunteer");
    }

    public static Browser coordinator(String organisation) {
        return new Browser().signIn("coordinator-" + organisation, organisation, "coordinator");
    }

    /** Signs in as Keycloak would let this person in: the app redirects, the person comes back with a code. */
    public Browser signIn(String subject, String organisation, String... roles) {
        accessToken = TestTokens.accessToken(subject, organisation, roles);
        return signInWith(subject, """
                {"access_token": "%s", "id_token": "%s", "token_type": "Bearer", "expires_in": 600}
                """.formatted(accessToken, TestTokens.idToken(subject, "Test " + subject)));
    }

    /** Signs in with an ID token that expires in the given seconds and a refresh token: the session then needs one. */
    public Browser signInBriefly(String subject, long seconds, String... roles) {
        accessToken = TestTokens.accessToken(subject, null, roles);
        return signInWith(subject, """
                {"access_token": "%s", "id_token": "%s", "refresh_token": "refresh-%s", "token_type": "Bearer",
                 "expires_in": %d}
                """.formatted(accessToken, TestTokens.idToken(subject, "Test " + subject, seconds), subject, seconds));
    }

    private Browser signInWith(String subject, String tokenResponse) {
        String code = UUID.randomUUID().toString();
        StandIns.keycloak().stubFor(WireMock.post(TOKEN_PATH).withRequestBody(containing("code=" + code))
                .withRequestBody(containing("code_verifier=")).willReturn(okJson(tokenResponse)));

        Response toKeycloak = get("/inloggen");
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        URI authorize = URI.create(toKeycloak.header("Location"));
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "web")
                .containsEntry("code_challenge_method", "S256").containsKey("code_challenge");

        Response back = remember(spec().urlEncodingEnabled(false).get(query.get("redirect_uri") + "?code=" + code
                + "&state=" + query.get("state")));
        assertThat(back.statusCode()).as("the app took the code").isEqualTo(302);
        return this;
    }

    public String accessToken() {
        return accessToken;
    }

    public Browser inEnglish() {
        cookies.put("lang", "en");
        return this;
    }

    public Response get(String path) {
        return remember(spec().get(path));
    }

    /** A page as the person sees it; the CSRF token of its forms is kept for the next post. */
    public Document page(String path) {
        Response response = get(path);
        assertThat(response.statusCode()).as(path + " answered " + response.statusCode() + ": "
                + response.body().asString()).isEqualTo(200);
        return read(response);
    }

    public Document read(Response response) {
        Document document = Jsoup.parse(response.body().asString());
        Element token = document.selectFirst("input[name=csrf-token]");
        if (token != null) {
            csrfToken = token.val();
        }
        return document;
    }

    /** Posts a form the way the page's form does, with the CSRF token of the last page read. */
    public Response post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        assertThat(csrfToken).as("read a page with a form first").isNotNull();
        fields.put("csrf-token", csrfToken);
        return postWithoutToken(path, fields);
    }

    public Response post(String path, String... nameValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            form.put(nameValues[i], nameValues[i + 1]);
        }
        return post(path, form);
    }

    /**
     * Presses the button of a page's form as a browser does: the form's hidden fields to its action, with the CSRF
     * token of the last page read.
     */
    public Response submit(Document page, String form) {
        Element element = page.selectFirst(form);
        assertThat(element).as("the page has " + form).isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        element.select("input[type=hidden]").forEach(hidden -> {
            if (!"csrf-token".equals(hidden.attr("name"))) {
                fields.put(hidden.attr("name"), hidden.val());
            }
        });
        return post(element.attr("action"), fields);
    }

    /** A form with fields that repeat (checkboxes of one name), with the CSRF token of the last page read. */
    public Response postFields(String path, Map<String, List<String>> form) {
        Map<String, List<String>> fields = new LinkedHashMap<>(form);
        assertThat(csrfToken).as("read a page with a form first").isNotNull();
        fields.put("csrf-token", List.of(csrfToken));
        return remember(spec().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields)
                .post(path));
    }

    public Response postWithoutToken(String path, Map<String, String> form) {
        return remember(spec().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                .post(path));
    }

    public boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    private RequestSpecification spec() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private Response remember(Response response) {
        for (Cookie cookie : response.detailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return response;
    }
}
