package nl.talentenbureau.request.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.SSLSocketFactory;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.request.support.TrickleReceiver;
import nl.talentenbureau.request.support.WebhookReceiver;

class PinnedPostTest {

    private final PinnedPost http = new PinnedPost((SSLSocketFactory) SSLSocketFactory.getDefault());

    @Test
    void connectsToThePinnedAddressAndSendsTheNameAsHost() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            // the name does not resolve anywhere: only the pinned address can have been used
            UrlGuard.Target target = new UrlGuard.Target(URI.create("http://partner.invalid:" + receiver.port()
                    + "/hook?x=1"), InetAddress.getLoopbackAddress());

            int status = http.post(target, Map.of("webhook-id", "msg_1"), "{}".getBytes(StandardCharsets.UTF_8),
                    Duration.ofSeconds(2));

            assertThat(status).isEqualTo(204);
            assertThat(receiver.received().getFirst().header("host")).isEqualTo("partner.invalid:"
                    + receiver.port());
            assertThat(receiver.received().getFirst().header("webhook-id")).isEqualTo("msg_1");
            assertThat(receiver.received().getFirst().body()).isEqualTo("{}");
        }
    }

    @Test
    void aTricklingAnswerIsCutAtTheDeadline() throws Exception {
        try (TrickleReceiver slow = new TrickleReceiver(Duration.ofMillis(200), 100)) {
            UrlGuard.Target target = new UrlGuard.Target(URI.create(slow.url()), InetAddress.getLoopbackAddress());
            long start = System.nanoTime();

            assertThatThrownBy(() -> http.post(target, Map.of(), new byte[0], Duration.ofSeconds(1)))
                    .isInstanceOf(PinnedPost.DeadlineExceeded.class);
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();

            assertThat(took).isBetween(900L, 1900L);
            assertThat(slow.trickled()).isBetween(2, 8);
        }
    }

    @Test
    void readsTheStatusPastInterimAnswersAndTheBodyByItsFraming() throws IOException {
        assertThat(read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok"))
                .isEqualTo(202);
        assertThat(read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n")).isEqualTo(200);
        assertThat(read("HTTP/1.0 503 Busy\r\n\r\nuntil the end")).isEqualTo(503);
        assertThatThrownBy(() -> read("SSH-2.0-OpenSSH\r\n")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nX: " + "y".repeat(PinnedPost.MAX_ANSWER)))
                .isInstanceOf(IOException.class);
    }

    private static int read(String answer) throws IOException {
        return PinnedPost.readStatus(new ByteArrayInputStream(answer.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
