package nl.talentenbureau.notification.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An embedded SMTP server (GreenMail) on a free port for the mailer. Tests drive it through {@link Mailbox}: the
 * resource and the test may live in different class loaders, so (as platform's FeedStub) it is controlled over a small
 * HTTP server ({@code smtp-stub.url}: {@code /stop}, {@code /start}, {@code /messages} as JSON). Stopping it keeps what arrived so far; starting it again opens the
 * same port.
 */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer control;
    private ClassLoader loader;

    private GreenMail greenMail;
    private ServerSetup setup;
    private final List<Map<String, String>> earlier = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        // the server threads of a restarted GreenMail must see jakarta.mail's providers as the first one does
        loader = Thread.currentThread().getContextClassLoader();
        startServer();
        try {
            control = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        control.createContext("/", exchange -> {
            byte[] body;
            int status = 200;
            Thread.currentThread().setContextClassLoader(loader);
            try {
                body = JSON.writeValueAsBytes(control(exchange.getRequestURI().getPath().substring(1)));
            } catch (Throwable e) {
                e.printStackTrace();
                status = 500;
                body = String.valueOf(e).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        control.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "smtp-stub.url", "http://127.0.0.1:" + control.getAddress().getPort());
    }

    private synchronized Object control(String command) {
        return switch (command) {
            case "stop" -> {
                earlier.addAll(received());
                greenMail.stop();
                greenMail = null;
                yield "stopped";
            }
            case "start" -> {
                startServer();
                yield "started";
            }
            case "messages" -> {
                List<Map<String, String>> all = new ArrayList<>(earlier);
                all.addAll(received());
                yield all;
            }
            default -> throw new IllegalArgumentException(command);
        };
    }

    private void startServer() {
        greenMail = new GreenMail(setup);
        greenMail.start();
    }

    private List<Map<String, String>> received() {
        List<Map<String, String>> messages = new ArrayList<>();
        if (greenMail == null) {
            return messages;
        }
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("to", message.getRecipients(Message.RecipientType.TO)[0].toString());
                m.put("subject", message.getSubject());
                m.put("messageId", message.getHeader("Message-ID", null));
                m.put("kind", message.getHeader("X-Talentenbureau-Kind", null));
                m.put("language", message.getHeader("Content-Language", null));
                collect(message.getContent(), message.getContentType(), m);
                messages.add(m);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return messages;
    }

    /** Text and HTML parts, decoded (by hand: the test class path has no mail content handlers). */
    private static void collect(Object content, String type, Map<String, String> into)
            throws MessagingException, IOException {
        if (content instanceof jakarta.mail.Multipart parts) {
            // with mail content handlers on the class path the parts come parsed; their streams are decoded
            for (int i = 0; i < parts.getCount(); i++) {
                jakarta.mail.BodyPart part = parts.getBodyPart(i);
                String decoded = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (part.isMimeType("text/html")) {
                    into.put("html", decoded);
                } else if (part.isMimeType("text/plain")) {
                    into.put("text", decoded);
                } else if (part.isMimeType("multipart/*")) {
                    collect(part.getContent(), part.getContentType(), into);
                }
            }
            return;
        }
        String raw = content instanceof String string
                ? string
                : content instanceof java.io.InputStream in
                        ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        : String.valueOf(content);
        java.util.regex.Matcher boundary = java.util.regex.Pattern.compile("boundary=\"?([^\";]+)\"?")
                .matcher(type);
        if (!boundary.find()) {
            into.put(type.toLowerCase().contains("text/html") ? "html" : "text", raw);
            return;
        }
        for (String part : raw.split(java.util.regex.Pattern.quote("--" + boundary.group(1)))) {
            String normalised = part.replace("\r\n", "\n");
            int split = normalised.indexOf("\n\n");
            if (split < 0) {
                continue;
            }
            String headers = normalised.substring(0, split).toLowerCase();
            String body = normalised.substring(split + 2);
            String encoding = headers.contains("quoted-printable")
                    ? "quoted-printable"
                    : headers.contains("base64") ? "base64" : "8bit";
            String decoded = switch (encoding) {
                case "quoted-printable" -> quotedPrintable(body);
                case "base64" -> new String(java.util.Base64.getMimeDecoder().decode(body.trim()),
                        StandardCharsets.UTF_8);
                default -> body;
            };
            if (headers.contains("content-type: text/html")) {
                into.put("html", decoded);
            } else if (headers.contains("content-type: text/plain")) {
                into.put("text", decoded);
            }
        }
    }

    private static String quotedPrintable(String body) {
        String joined = body.replace("=\n", "");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] bytes = joined.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '=' && i + 2 < bytes.length) {
                out.write(Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
        if (control != null) {
            control.stop(0);
        }
    }
}
