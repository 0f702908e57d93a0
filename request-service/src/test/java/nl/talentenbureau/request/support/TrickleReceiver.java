package nl.talentenbureau.request.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A slow partner's endpoint on 127.0.0.1: reads the call, answers the headers of a 200 at once and then trickles its
 * body, one byte every {@code pace}, {@code bytes} bytes in all. A plain socket server, so that it sees within
 * 50 ms when the sender hangs up, and can count the calls it holds open at the same time exactly.
 */
public final class TrickleReceiver implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger maxOpen = new AtomicInteger();
    private final AtomicInteger trickled = new AtomicInteger();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Duration pace;
    private final int bytes;

    public TrickleReceiver(Duration pace, int bytes) {
        this.pace = pace;
        this.bytes = bytes;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    threads.execute(() -> serve(socket));
                } catch (IOException e) {
                    return; // closed
                }
            }
        });
    }

    private void serve(Socket socket) {
        maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        try (socket) {
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            int length = 0;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            in.readNBytes(length);
            calls.add(head);
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n".formatted(bytes)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(50);
            for (int i = 0; i < bytes; i++) {
                out.write('.');
                out.flush();
                trickled.incrementAndGet();
                long until = System.nanoTime() + pace.toNanos();
                while (System.nanoTime() < until) {
                    try {
                        if (in.read() < 0) {
                            return; // the sender hung up
                        }
                    } catch (SocketTimeoutException e) {
                        // still connected
                    }
                }
            }
        } catch (IOException e) {
            // the sender hung up
        } finally {
            open.decrementAndGet();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("call ended early");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == end[0] ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/hook";
    }

    /** Calls received so far (their request heads). */
    public List<String> calls() {
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
        try {
            server.close();
        } catch (IOException e) {
            // closed anyway
        }
        threads.shutdownNow();
    }
}
