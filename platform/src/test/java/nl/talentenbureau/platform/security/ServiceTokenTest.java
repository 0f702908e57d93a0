package nl.talentenbureau.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** The client-credentials grant against a token endpoint served by the JDK's HTTP server. */
class ServiceTokenTest {

    private HttpServer server;
    private final List<String> forms = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile long expiresIn = 300;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            forms.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("{\"access_token\":\"token-" + forms.size() + "\",\"expires_in\":" + expiresIn + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesOnceAndKeepsTheTokenUntilShortlyBeforeItExpires() {
        ServiceToken token = token(Optional.empty());
        assertThat(token.bearer()).isEqualTo("Bearer token-1");
        assertThat(token.bearer()).isEqualTo("Bearer token-1");
        assertThat(forms).containsExactly("grant_type=client_credentials&client_id=matching-service"
                + "&client_secret=s%26cret");
    }

    @Test
    void aTokenAboutToExpireIsFetchedAgain() {
        expiresIn = 20; // inside the 30 s margin
        ServiceToken token = token(Optional.empty());
        assertThat(token.bearer()).isEqualTo("Bearer token-1");
        assertThat(token.bearer()).isEqualTo("Bearer token-2");
    }

    @Test
    void resetForgetsTheToken() {
        ServiceToken token = token(Optional.empty());
        token.bearer();
        token.reset();
        assertThat(token.bearer()).isEqualTo("Bearer token-2");
    }

    @Test
    void aStaticTokenIsUsedWithoutAskingTheEndpoint() {
        assertThat(token(Optional.of("fixed")).bearer()).isEqualTo("Bearer fixed");
        assertThat(forms).isEmpty();
    }

    @Test
    void aRefusalIsAnError() {
        status = 401;
        assertThatThrownBy(() -> token(Optional.empty()).bearer()).hasMessageContaining("answered 401");
    }

    private ServiceToken token(Optional<String> fixed) {
        return new ServiceToken("http://127.0.0.1:" + server.getAddress().getPort() + "/token", "matching-service",
                "s&cret", fixed, new ObjectMapper());
    }
}
