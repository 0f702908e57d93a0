package nl.talentenbureau.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The service's trusted proxies are checked without a name lookup: before, {@code ::1} among them made Quarkus open a
 * DNS client for every request (a UDP socket left open each time, and a wait of 5 s whenever the name server did not
 * answer). A service's test extends this with {@code @QuarkusTest}. Counts this JVM's UDP sockets in {@code /proc}
 * (Linux only; skipped elsewhere).
 */
public abstract class NoLookupPerRequest {

    private static final int REQUESTS = 100;

    @Test
    void aHundredRequestsOpenNoUdpSocket() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux' /proc");
        given().when().get("/no-such-path").then().statusCode(404);
        int before = udpSockets();
        for (int i = 0; i < REQUESTS; i++) {
            given().header("X-Forwarded-Host", "example.org").when().get("/no-such-path").then().statusCode(404);
        }
        assertThat(udpSockets() - before).as("UDP sockets opened by %d requests", REQUESTS).isLessThan(5);
    }

    /** Sockets of this process that are UDP sockets: the inodes of /proc/self/fd found in /proc/self/net/udp(6). */
    private static int udpSockets() {
        Set<String> udp = new HashSet<>();
        for (String table : new String[]{"/proc/self/net/udp", "/proc/self/net/udp6"}) {
            try (Stream<String> lines = Files.lines(Path.of(table))) {
                lines.skip(1).map(line -> line.trim().split("\\s+")).filter(columns -> columns.length > 9)
                        .forEach(columns -> udp.add(columns[9]));
            } catch (IOException e) {
                // no IPv6 table: nothing to count there
            }
        }
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.map(NoLookupPerRequest::target).filter(t -> t.startsWith("socket:["))
                    .filter(t -> udp.contains(t.substring(8, t.length() - 1))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String target(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
            return "";
        }
    }
}
