package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

/** Steps of recruitment (issue 15) the end-to-end tests share: anonymous forms, and the links in their mails. */
final class Recruitment {

    static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    /**
     * Both mails link to the web app's pages, which confirm through the API only when their button is pressed (a
     * POST), so opening a link confirms nothing.
     */
    private static final Pattern CONFIRMATION = Pattern
            .compile("(https?://\\S+/(?:confirmation|bevestigen)\\?token=[A-Za-z0-9_-]{43})");
    static final String CONFIRMATION_PAGE = "/solliciteren/bevestigen";
    static final String SIGNUP_CONFIRMATION_PAGE = "/bijeenkomsten/bevestigen";

    private Recruitment() {
    }

    /** An anonymous application from the website's form, to a vacancy (or openly when it is null). */
    static Map<String, Object> application(String name, String email, String vacancyId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", vacancyId == null ? "WEBSITE" : "VACANCY");
        if (vacancyId != null) {
            body.put("vacancyId", vacancyId);
        }
        body.put("name", name);
        body.put("email", email);
        body.put("phone", "+31 6 23456789");
        body.put("kern", DemoData.ANNA_KERN);
        body.put("motivation", "Ik ben net met pensioen en help graag mensen met hun tablet.");
        body.put("consent", true);
        return body;
    }

    /** Applies anonymously through the gateway; answers the application's id. */
    static String apply(Map<String, Object> body) {
        return ItStack.api().post(gateway("/api/public/applications"), null, body).expect(201, "apply").json()
                .path("id").asText();
    }

    /** Signs up anonymously for an event; answers the sign-up's id. */
    static String signUp(String eventId, String name, String email) {
        return ItStack.api().post(gateway("/api/public/outreach-events/" + eventId + "/signups"), null,
                Map.of("name", name, "email", email, "interested", true, "consent", true)).expect(201, "sign up")
                .json().path("id").asText();
    }

    /** The confirmation link of the first mail to this address that has one. */
    static String confirmationLink(String address) {
        MimeMessage mail = ItStack.get().mailbox().await(address,
                m -> CONFIRMATION.matcher(KeycloakPages.plainText(m)).find(), MAIL_WAIT);
        Matcher link = CONFIRMATION.matcher(KeycloakPages.plainText(mail));
        link.find();
        return link.group(1);
    }

    /** The link's path and query, to call through the gateway of this run. */
    static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /**
     * The API operation behind a mail's link: when their button is pressed, the application's page
     * ({@value #CONFIRMATION_PAGE}) confirms through {@code GET /api/public/applications/confirmation} with the same
     * token, the sign-up's ({@value #SIGNUP_CONFIRMATION_PAGE}) through
     * {@code GET /api/public/outreach-events/signups/confirmation}. The API-level tests call that operation directly,
     * as the page's POST does.
     */
    static String apiPathOf(String link) {
        URI uri = URI.create(link);
        String path = switch (uri.getRawPath()) {
            case CONFIRMATION_PAGE -> "/api/public/applications/confirmation";
            case SIGNUP_CONFIRMATION_PAGE -> "/api/public/outreach-events/signups/confirmation";
            default -> uri.getRawPath();
        };
        return path + "?" + uri.getRawQuery();
    }

    /** Applies and follows the mail's link; answers the application's id. */
    static String confirmedApplication(String vacancyId) {
        String address = "apply-" + Journey.unique() + "@example.nl";
        String id = apply(application("Aanvrager " + Journey.unique(), address, vacancyId));
        ItStack.api().get(gateway(apiPathOf(confirmationLink(address))), null).expect(200, "confirm");
        return id;
    }
}
