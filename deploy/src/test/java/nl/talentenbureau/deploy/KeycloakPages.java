package nl.talentenbureau.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * Keycloak's own pages as a person uses them, without a browser: follow the link of a mail, read the form, post it.
 * Keycloak's session cookies are {@code Secure}; a browser sends them to localhost over http, Java's cookie store
 * does not, so this class keeps them itself.
 */
final class KeycloakPages {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");
    private static final Pattern CONTINUE_LINK = Pattern.compile("<a href=\"([^\"]+action-token[^\"]+)\"");
    private static final Pattern ACTION_LINK = Pattern.compile("(https?://\\S+/login-actions/action-token\\?key=\\S+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** A page as read: where it ended up, its status and its HTML. */
    record Page(URI uri, int status, String html) {

        String formAction() {
            Matcher form = FORM_ACTION.matcher(html);
            if (!form.find()) {
                throw new IllegalStateException("no form on " + uri + ": " + text());
            }
            return unescape(form.group(1));
        }

        /** The page's words without markup, for failure messages and checks. */
        String text() {
            return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")
                    .replaceAll("\\s+", " ").trim();
        }
    }

    /** The action link ({@code login-actions/action-token}) in a mail from Keycloak. */
    static String actionLink(MimeMessage mail) {
        Matcher link = ACTION_LINK.matcher(plainText(mail));
        if (!link.find()) {
            throw new IllegalStateException("no action link in the mail " + Mailbox.subject(mail));
        }
        return link.group(1);
    }

    /** The text part of a mail (or the whole body when it has one part). */
    static String plainText(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof String text) {
                return text;
            }
            Multipart parts = (Multipart) content;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
            }
            return parts.getCount() == 0 ? "" : String.valueOf(parts.getBodyPart(0).getContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Follows an invitation (execute-actions) link and sets the password on Keycloak's page; answers the page
     * Keycloak shows after saving it.
     */
    Page setPasswordThroughInvitation(String link, String password) {
        Page page = get(link);
        Matcher proceed = CONTINUE_LINK.matcher(page.html());
        if (proceed.find()) {
            // "Voer de volgende actie(s) uit: Wachtwoord bijwerken. » Klik hier om verder te gaan"
            page = get(unescape(proceed.group(1)));
        }
        if (!page.html().contains("password-new")) {
            throw new IllegalStateException("Keycloak did not ask for a new password: " + page.text());
        }
        return post(page.formAction(), Map.of("password-new", password, "password-confirm", password));
    }

    Page get(String url) {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    Page post(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page follow(HttpRequest.Builder request) {
        for (int hops = 0; hops < 10; hops++) {
            HttpRequest sent = withCookies(request).timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> answer = send(sent);
            answer.headers().allValues("Set-Cookie").forEach(this::keep);
            if (answer.statusCode() / 100 != 3) {
                return new Page(sent.uri(), answer.statusCode(), answer.body());
            }
            URI next = sent.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
            request = HttpRequest.newBuilder(next).GET();
        }
        throw new IllegalStateException("more than 10 redirects");
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.setHeader("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals > 0) {
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
