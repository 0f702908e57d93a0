package nl.talentenbureau.deploy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/** Steps the end-to-end tests share, all through the gateway with real tokens. */
final class Journey {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Each request fitting Anna on a Tuesday of its own: she may hold one offer or match per time (issue 16). */
    private static final AtomicInteger ANNA_WEEKS = new AtomicInteger();

    private Journey() {
    }

    static String token(DemoAccounts.User user) {
        return ItStack.api().token(user);
    }

    static String token(DemoAccounts.Client client) {
        return ItStack.api().token(client);
    }

    static String gateway(String path) {
        return ItStack.gateway() + path;
    }

    /** A unique suffix for codes, e-mail addresses and idempotency keys within this run. */
    static String unique() {
        return System.currentTimeMillis() % 100_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * A request only volunteer-anna fits: her kern and talent, on a Tuesday morning (her availability), and it needs
     * the training that only she holds among the demo volunteers. Every call asks for another Tuesday (one week
     * later than the last): matching never books her twice for one morning, and the tests propose her for many.
     */
    static Map<String, Object> requestFittingAnna() {
        LocalDate tuesday = LocalDate.now().plusDays(7).with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .plusWeeks(ANNA_WEEKS.getAndIncrement());
        Map<String, Object> body = new LinkedHashMap<>(Api.object(
                "requesterKind", "SENIOR",
                "title", "Hulp bij de DigiD-app",
                "description", "Mevrouw wil leren inloggen met de DigiD-app.",
                "theme", "digital",
                "kern", DemoData.ANNA_KERN,
                "talents", List.of(Api.object("code", DemoData.ANNA_TALENT, "minLevel", 1)),
                "languages", List.of("nl"),
                "languageRequired", false,
                "trainings", List.of(DemoData.ANNA_TRAINING),
                "volunteersNeeded", 1,
                "schedule", Api.object("type", "ONE_OFF", "date", tuesday.toString(), "dayParts",
                        List.of("MORNING")),
                "urgency", "NORMAL",
                "requester", Api.object("name", "mevrouw J. de Boer", "phone", "+31 6 11112222", "addressLine",
                        "Kerkstraat 12, Breukelen")));
        return body;
    }

    /**
     * A request for anyone with a common talent in a central kern (many candidates), on weekday mornings and
     * afternoons but not Anna's (Tuesday morning, Thursday afternoon): an offer of this kind to her never makes her
     * busy for a {@link #requestFittingAnna()}.
     */
    static Map<String, Object> requestForMany() {
        Map<String, Object> body = requestFittingAnna();
        body.put("title", "Boodschappen doen");
        body.put("theme", "practical");
        body.put("kern", "maarssenbroek");
        body.put("talents", List.of(Api.object("code", "groceries", "minLevel", 1)));
        body.put("trainings", List.of());
        body.put("schedule", Api.object("type", "RECURRING", "slots", List.of("MON_MORNING", "WED_MORNING",
                "THU_MORNING", "FRI_MORNING", "MON_AFTERNOON", "TUE_AFTERNOON", "WED_AFTERNOON", "FRI_AFTERNOON"),
                "startsOn", LocalDate.now().plusDays(7).toString(), "hoursPerTime", 2));
        return body;
    }

    /** Posts a request as a partner app (with an Idempotency-Key); answers its id. */
    static String post(DemoAccounts.Client partner, Map<String, Object> body) {
        return ItStack.api().call("POST", gateway("/api/requests"), token(partner),
                Map.of("Idempotency-Key", "it-" + unique()), body).expect(201, "post a request").json().path("id")
                .asText();
    }

    /** The candidates once matching's projection has the request (it polls the feed every second in the tests). */
    static JsonNode awaitCandidates(String requestId, String coordinatorToken, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Api.Answer last = null;
        while (Instant.now().isBefore(deadline)) {
            last = ItStack.api().get(gateway("/api/candidates?requestId=" + requestId), coordinatorToken);
            if (last.status() == 200) {
                return last.json();
            }
            Processes.sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("matching did not know request " + requestId + " within "
                + timeout.toSeconds() + " s; last answer "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    static List<String> candidateIds(JsonNode candidates) {
        List<String> ids = new ArrayList<>();
        candidates.path("candidates").forEach(c -> ids.add(c.path("volunteerId").asText()));
        return ids;
    }

    /** Proposes the volunteer for the request as the coordinator; answers the match. */
    static JsonNode propose(String coordinatorToken, String requestId, String volunteerId) {
        return ItStack.api().post(gateway("/api/matches"), coordinatorToken,
                Map.of("requestId", requestId, "volunteerId", volunteerId)).expect(201, "propose").json();
    }

    /** A new request that only Anna fits, proposed to her by HandjeHelpen's coordinator and accepted by her. */
    static String matchAcceptedByAnna() {
        String coordinator = token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        String request = post(DemoAccounts.PARTNER_HANDJEHELPEN, requestFittingAnna());
        awaitCandidates(request, coordinator, Duration.ofSeconds(30));
        String match = propose(coordinator, request, annaId()).path("id").asText();
        step(token(DemoAccounts.VOLUNTEER_ANNA), "/api/offers/" + match + "/accept", null);
        return match;
    }

    /** {@link #matchAcceptedByAnna()}, then activated by the coordinator. */
    static String matchActiveWithAnna() {
        String match = matchAcceptedByAnna();
        step(token(DemoAccounts.COORDINATOR_HANDJEHELPEN), "/api/matches/" + match + "/activate", null);
        return match;
    }

    /** A POST that must answer 200 (a lifecycle step); answers the match. */
    static JsonNode step(String token, String path, Object body) {
        return ItStack.api().call("POST", gateway(path), token, Map.of(), body).expect(200, "POST " + path).json();
    }

    /** Polls until {@code read} answers {@code expected} (the services follow each other's feeds). */
    static String await(String what, Duration timeout, String expected, java.util.function.Supplier<String> read) {
        Instant deadline = Instant.now().plus(timeout);
        String last = read.get();
        while (!expected.equals(last) && Instant.now().isBefore(deadline)) {
            Processes.sleep(Duration.ofMillis(250));
            last = read.get();
        }
        if (!expected.equals(last)) {
            throw new AssertionError(what + ": expected " + expected + " within " + timeout.toSeconds()
                    + " s, last " + last);
        }
        return last;
    }

    /** The partner's one webhook, pointing at the tests' receiver (an earlier one of the organisation is removed). */
    static JsonNode replaceWebhook(String partner, String name) {
        Api api = ItStack.api();
        for (JsonNode existing : api.get(gateway("/api/webhooks"), partner).expect(200, "webhooks").json()) {
            api.call("DELETE", gateway("/api/webhooks/" + existing.path("id").asText()), partner, Map.of(), null)
                    .expect(204, "remove the earlier webhook");
        }
        return api.post(gateway("/api/webhooks"), partner, Map.of("url", ItStack.hooks().url(name)))
                .expect(201, "register the webhook").json();
    }

    /**
     * A volunteer like Anna (her talent, week and training) living in {@code kern}, registered by a coordinator,
     * with the consents for matching and contact, and ACTIVE, taking {@code capacity} requests at a time;
     * {@code address} may be null (no e-mail).
     */
    static String registerActiveVolunteer(String coordinator, String name, String address, String kern,
            int capacity) {
        Api api = ItStack.api();
        Map<String, Object> body = new LinkedHashMap<>(Api.object(
                "name", name,
                "phone", "+31 6 2222" + (1000 + (int) (Math.random() * 8999)),
                "birthYear", 1953,
                "homeKern", kern,
                "maxTravelKm", 8,
                "languages", List.of("nl"),
                "talents", List.of(Api.object("code", DemoData.ANNA_TALENT, "level", 2)),
                "availability", DemoData.ANNA_AVAILABILITY,
                "themes", List.of("digital"),
                "capacity", capacity));
        if (address != null) {
            body.put("email", address);
        }
        String id = api.post(gateway("/api/volunteers"), coordinator, body).expect(201, "register " + name).json()
                .path("id").asText();
        for (String purpose : List.of("MATCHING", "CONTACT_BY_COORDINATORS")) {
            api.put(gateway("/api/volunteers/" + id + "/consents/" + purpose), coordinator)
                    .expect(200, "consent " + purpose);
        }
        for (String step : List.of("INTAKE", "ACTIVE")) {
            api.post(gateway("/api/volunteers/" + id + "/status"), coordinator, Map.of("status", step))
                    .expect(200, name + " to " + step);
        }
        api.put(gateway("/api/volunteers/" + id + "/trainings/" + DemoData.ANNA_TRAINING), coordinator,
                Map.of("completedOn", "2025-10-01")).expect(200, name + " completed " + DemoData.ANNA_TRAINING);
        return id;
    }

    /**
     * Gives a registered volunteer an account as a person gets one: the coordinator invites her, she follows the
     * mail's link and sets {@code password} on Keycloak's page, then signs in once, which links the account to her
     * profile.
     */
    static void giveAccount(String coordinator, String volunteerId, String address, String password) {
        Api api = ItStack.api();
        try {
            api.post(gateway("/api/volunteers/" + volunteerId + "/invitation"), coordinator, null)
                    .expect(202, "invite");
        } catch (java.io.UncheckedIOException e) {
            // Keycloak sends the mail while the call waits; on a loaded machine the answer can come after the
            // client's 30 s. What counts is the mail: wait for it as a person would.
            System.out.println("the invitation did not answer in time (" + e.getMessage() + "); waiting for its mail");
        }
        var invitation = ItStack.get().mailbox().await(address,
                m -> KeycloakPages.plainText(m).contains("action-token"), Duration.ofSeconds(60));
        KeycloakPages.Page saved = new KeycloakPages().setPasswordThroughInvitation(
                KeycloakPages.actionLink(invitation), password);
        if (saved.status() != 200) {
            throw new IllegalStateException("setting the password failed: " + saved.text());
        }
        String token = api.accessToken(Map.of("grant_type", "password", "client_id", DemoAccounts.CLI_CLIENT,
                "username", address, "password", password));
        String linked = api.get(gateway("/api/volunteers/me"), token).expect(200, "her profile").json().path("id")
                .asText();
        if (!linked.equals(volunteerId)) {
            throw new IllegalStateException("the account is linked to " + linked + ", not " + volunteerId);
        }
    }

    static String annaId() {
        return ItStack.api().get(gateway("/api/volunteers/me"), token(DemoAccounts.VOLUNTEER_ANNA))
                .expect(200, "Anna's profile").json().path("id").asText();
    }
}
