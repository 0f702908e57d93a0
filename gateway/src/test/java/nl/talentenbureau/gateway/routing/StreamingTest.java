package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * What the proxy does with bodies and headers on the way (UpstreamProxy): a body of unknown length is streamed both
 * ways, hop-by-hop headers stay on their hop, and an answer cut off by the service is never passed on as complete.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class StreamingTest {

    // HTTP/1.1: the JDK client would otherwise ask for an upgrade to h2c, which has no chunks
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static String token() {
        return Tokens.withRoles("streaming-" + UUID.randomUUID(), "welzijn-stichtse-vecht", "coordinator");
    }

    private static URI gateway(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    @Test
    void aChunkedBodyReachesTheServiceWholeAndStillChunked() throws Exception {
        String body = "{\"note\":\"" + "x".repeat(100_000) + "\"}";
        // from an input stream the client sends no Content-Length: Transfer-Encoding chunked
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/requests"))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();

        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject echo = new JsonObject(answer.body());
        String arrived = echo.getString("body");
        assertThat(arrived.equals(body)).as("%d characters sent, %d arrived", body.length(), arrived.length())
                .isTrue();
        assertThat(echo.getString("transferEncoding")).isEqualTo("chunked");
        assertThat(echo.getString("contentLength")).isNull();
    }

    @Test
    void aBodyOfKnownLengthKeepsItsLength() {
        given().auth().oauth2(token()).contentType("application/json").body("{\"title\":\"Boodschappen\"}")
                .when().post("/api/requests")
                .then().statusCode(200)
                .body("contentLength", equalTo("24"))
                .body("transferEncoding", nullValue());
    }

    @Test
    void anAnswerOfUnknownLengthReachesTheClientWhole() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/requests/streamed"))
                .header("Authorization", "Bearer " + token()).build();

        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(IntStream.rangeClosed(1, StubServices.STREAMED_PARTS)
                .mapToObj(part -> "part " + part + "\n").collect(Collectors.joining()));
        assertThat(answer.headers().firstValue("Transfer-Encoding")).contains("chunked");
    }

    @Test
    void hopByHopHeadersStayOnTheirHop() {
        given().auth().oauth2(token())
                .header("Keep-Alive", "timeout=5")
                .header("Proxy-Authorization", "Basic cHJveHk6c2VjcmV0")
                .header("TE", "trailers")
                .header("Trailer", "Expires")
                // a header the client names in Connection is one for this hop only as well
                .header("Connection", "keep-alive, X-Hop, x-hop")
                .header("X-Hop", "only to the gateway")
                .header("X-Kept", "end to end")
                .when().get("/api/requests/42")
                .then().statusCode(200)
                .body("hopByHop", equalTo(""));
    }

    @Test
    void anAnswerCutOffByTheServiceIsNotPassedOnAsComplete() {
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/requests/cut-off"))
                .header("Authorization", "Bearer " + token()).build();

        // the client sees the connection end before the last chunk, not a short answer that looks whole
        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }
}
