package nl.talentenbureau.notification.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.arc.Arc;

import nl.talentenbureau.notification.subscription.Subscriptions;

/**
 * Stubs of what the service asks at send time: a volunteer's contact details, a match's decline reason, an
 * organisation's coordinators in Keycloak.
 */
public final class Services {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "/admin/realms/talentenbureau";
    private static final List<Map<String, Object>> COORDINATORS = new ArrayList<>();

    private Services() {
    }

    static WireMock wireMock() {
        URI base = URI.create(ConfigProvider.getConfig().getValue("services-stub.url", String.class));
        return new WireMock(base.getHost(), base.getPort());
    }

    /** A volunteer's answer of {@code GET /internal/volunteers/{id}/contact}. */
    public static void contact(UUID volunteer, String name, String email, String reachBy, String language,
            boolean consent, String quietFrom, String quietUntil) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("id", volunteer.toString());
        contact.put("name", name);
        contact.put("email", email);
        contact.put("phone", "0612345678");
        contact.put("reachBy", reachBy);
        contact.put("language", language);
        contact.put("quietHours", quietFrom == null ? null : Map.of("from", quietFrom, "until", quietUntil));
        contact.put("contactConsent", consent);
        contact.put("status", "ACTIVE");
        contact.put("hasAccount", true);
        stub("/internal/volunteers/" + volunteer + "/contact", contact);
    }

    public static void contactGone(UUID volunteer) {
        wireMock().register(get(urlPathEqualTo("/internal/volunteers/" + volunteer + "/contact"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));
    }

    /** An applicant's (or sign-up's) answer of {@code GET /internal/applicants/{id}/letter}. */
    public static void applicant(UUID id, Map<String, Object> letter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("language", "nl");
        body.putAll(letter);
        stub("/internal/applicants/" + id + "/letter", body);
    }

    public static void applicantGone(UUID id) {
        wireMock().register(get(urlPathEqualTo("/internal/applicants/" + id + "/letter"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));
    }

    public static void declineReason(UUID match, String reason) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("matchId", match.toString());
        answer.put("status", "DECLINED");
        answer.put("reason", reason);
        answer.put("answerChannel", "SELF");
        stub("/internal/matches/" + match + "/answer", answer);
    }

    /**
     * An organisation whose coordinators (user id -> e-mail and locale) subscribed to its mails, as Keycloak users
     * with the role coordinator, next to one coordinator of it who did not subscribe.
     */
    public static synchronized void organisation(String alias, Map<String, String[]> coordinators) {
        Subscriptions subscriptions = Arc.container().instance(Subscriptions.class).get();
        coordinators.forEach((userId, emailAndLocale) -> {
            Map<String, Object> user = user(userId, emailAndLocale[0], emailAndLocale[1]);
            COORDINATORS.add(user);
            stub(ADMIN + "/users/" + userId, user);
            subscriptions.subscribe(userId, alias);
        });
        String silent = "silent-" + UUID.randomUUID();
        Map<String, Object> unsubscribed = user(silent, silent + "@example.nl", "nl");
        COORDINATORS.add(unsubscribed);
        stub(ADMIN + "/users/" + silent, unsubscribed);
        stub(ADMIN + "/roles/coordinator/users", COORDINATORS);
    }

    /** The realm's admins (user id -> e-mail and locale), with one disabled admin who must get nothing. */
    public static synchronized void admins(Map<String, String[]> admins) {
        List<Map<String, Object>> users = new ArrayList<>();
        admins.forEach((userId, emailAndLocale) -> {
            Map<String, Object> user = user(userId, emailAndLocale[0], emailAndLocale[1]);
            users.add(user);
            stub(ADMIN + "/users/" + userId, user);
        });
        String disabled = "disabled-admin-" + UUID.randomUUID();
        Map<String, Object> gone = new LinkedHashMap<>(user(disabled, disabled + "@example.nl", "nl"));
        gone.put("enabled", false);
        users.add(gone);
        stub(ADMIN + "/users/" + disabled, gone);
        stub(ADMIN + "/roles/admin/users", users);
    }

    private static Map<String, Object> user(String id, String email, String locale) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("username", id);
        user.put("email", email);
        user.put("firstName", "Coördinator " + id.substring(0, Math.min(6, id.length())));
        user.put("enabled", true);
        user.put("attributes", Map.of("locale", List.of(locale)));
        return user;
    }

    private static void stub(String path, Object body) {
        try {
            wireMock().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many calls reached this path with the service's bearer token. */
    public static int callsWithToken(String pathPrefix, String token) {
        return wireMock().find(WireMock.anyRequestedFor(WireMock.urlPathMatching(pathPrefix + ".*"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))).size();
    }
}
