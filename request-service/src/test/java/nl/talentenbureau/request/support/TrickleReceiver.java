package nl.talentenbureau.request.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A slow partner's endpoint on 127.0.0.1: reads the call, answers the headers of a 200 at once and then trickles its
 * body, one byte every {@code pace}, {@code bytes} bytes in all. Counts the calls it holds open at the same time.
 */
public final class TrickleReceiver implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger maxOpen = new AtomicInteger();
    private final AtomicInteger trickled = new AtomicInteger();
    private final List<Map<String, String>> calls = new CopyOnWriteArrayList<>();

    public TrickleReceiver(Duration pace, int bytes) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // one thread per call, so calls held open at the same time are seen as such
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", exchange -> {
            maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                calls.add(Headers.of(exchange));
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                for (int i = 0; i < bytes; i++) {
                    out.write('.');
                    out.flush();
                    trickled.incrementAndGet();
                    Thread.sleep(pace.toMillis());
                }
            } catch (IOException | InterruptedException e) {
                // the sender hung up: that is what a deadline does
            } finally {
                open.decrementAndGet();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Calls received so far (their headers). */
    public List<Map<String, String>> calls() {
        return List.copyOf(calls);
    }

    /** The most calls that were open at the same time. */
    public int maxOpen() {
        return maxOpen.get();
    }

    public int trickled() {
        return trickled.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
