package nl.talentenbureau.request.webhook;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to the address the {@link UrlGuard} checked, under one deadline for all of it.
 * <p>
 * Why not {@code java.net.http.HttpClient}: it resolves the host again for the connection (a rebinding DNS answers
 * differently the second time) and its request timeout ends at the answer's headers, so a receiver that sends
 * headers and then trickles its body holds the sender for as long as it likes. Here the socket connects to the
 * checked address, the URL's host goes into {@code Host}, TLS SNI and certificate name check, and a watchdog closes
 * the socket when the deadline (connect, write and reading the whole answer) has passed. Redirects are not followed;
 * of the answer only the status counts, its body is read (up to {@link #MAX_ANSWER} bytes) and dropped.
 */
final class PinnedPost {

    /** Bytes of an answer (headers and body) read at most; the rest is not waited for. */
    static final int MAX_ANSWER = 64 * 1024;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "webhook-deadline");
        thread.setDaemon(true);
        return thread;
    });

    /** The attempt took longer than its deadline; the connection was closed. */
    static final class DeadlineExceeded extends IOException {

        DeadlineExceeded(Duration deadline) {
            super("no whole answer within " + deadline);
        }
    }

    private final SSLSocketFactory tls;

    PinnedPost(SSLSocketFactory tls) {
        this.tls = tls;
    }

    /** Posts {@code body} with {@code headers}; the status code of the answer. */
    int post(UrlGuard.Target target, Map<String, String> headers, byte[] body, Duration deadline)
            throws IOException {
        long end = System.nanoTime() + deadline.toNanos();
        Socket raw = new Socket();
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            closeQuietly(raw);
        }, deadline.toNanos(), TimeUnit.NANOSECONDS);
        try {
            raw.connect(new InetSocketAddress(target.address(), target.port()), millisLeft(end));
            raw.setSoTimeout(millisLeft(end));
            Socket socket = target.https() ? secure(raw, target) : raw;
            OutputStream out = socket.getOutputStream();
            out.write(head(target, headers, body.length));
            out.write(body);
            out.flush();
            return readStatus(new BufferedInputStream(socket.getInputStream()));
        } catch (IOException e) {
            if (expired.get()) {
                throw new DeadlineExceeded(deadline);
            }
            throw e;
        } finally {
            watchdog.cancel(false);
            closeQuietly(raw);
        }
    }

    private Socket secure(Socket raw, UrlGuard.Target target) throws IOException {
        SSLSocket socket = (SSLSocket) tls.createSocket(raw, target.host(), target.port(), true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!target.host().startsWith("[") && !target.host().matches("[0-9.]+")) { // no SNI for an IP literal
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    private static byte[] head(UrlGuard.Target target, Map<String, String> headers, int length) {
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty()
                ? "/"
                : target.uri().getRawPath();
        if (target.uri().getRawQuery() != null) {
            path += "?" + target.uri().getRawQuery();
        }
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(target.host());
        if (target.uri().getPort() != -1) {
            head.append(':').append(target.uri().getPort());
        }
        head.append("\r\nContent-Length: ").append(length).append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> {
            if (name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                    || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header with a line break: " + name);
            }
            head.append(name).append(": ").append(value).append("\r\n");
        });
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The final status (after any 1xx), then the body by its framing, up to {@link #MAX_ANSWER} bytes. */
    static int readStatus(InputStream in) throws IOException {
        Limited answer = new Limited(in);
        while (true) {
            String statusLine = answer.line();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x answer");
            }
            int status;
            try {
                status = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("not an HTTP status");
            }
            long length = -1;
            boolean chunked = false;
            for (String line = answer.line(); !line.isEmpty(); line = answer.line()) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                if (name.equals("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equals("transfer-encoding")) {
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                }
            }
            if (status >= 100 && status < 200) {
                continue; // 100 Continue and the like: the real answer follows
            }
            if (status == 204 || status == 304) {
                return status;
            }
            if (chunked) {
                for (long size = chunkSize(answer.line()); size > 0; size = chunkSize(answer.line())) {
                    if (!answer.skip(size)) {
                        return status;
                    }
                    answer.line();
                }
            } else if (length >= 0) {
                answer.skip(length);
            } else {
                answer.skipToEnd();
            }
            return status;
        }
    }

    private static long chunkSize(String line) throws IOException {
        int extension = line.indexOf(';');
        try {
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        } catch (NumberFormatException e) {
            throw new IOException("bad chunk size");
        }
    }

    private static int millisLeft(long end) throws DeadlineExceeded {
        long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
        if (left <= 0) {
            throw new DeadlineExceeded(Duration.ZERO);
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }

    /** Reads the answer, at most {@link #MAX_ANSWER} bytes of it. */
    private static final class Limited {

        private final InputStream in;
        private int read;

        Limited(InputStream in) {
            this.in = in;
        }

        private int next() throws IOException {
            if (read >= MAX_ANSWER) {
                return -2;
            }
            int b = in.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        /** One line without its CRLF; an answer that ends or grows too long mid-line is an error. */
        String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = next(); b != '\n'; b = next()) {
                if (b < 0) {
                    throw new IOException("the answer ended early or is too long");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        /** False when the limit or the end came first. */
        boolean skip(long bytes) throws IOException {
            for (long i = 0; i < bytes; i++) {
                if (next() < 0) {
                    return false;
                }
            }
            return true;
        }

        void skipToEnd() throws IOException {
            while (next() >= 0) {
                // drop it
            }
        }
    }
}
