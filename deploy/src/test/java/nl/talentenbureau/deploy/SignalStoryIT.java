package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The story of issue 16, through the gateway with real tokens: Welzijn keeps its directory entry, the directory is
 * public and holds every organisation of the realm; Anna, matched with a senior by HandjeHelpen, notices money worries and raises a signal referred to the
 * welfare organisation (Welzijn), with the phone number the senior agreed to share; Welzijn's coordinator sees it with
 * that reference (HandjeHelpen's coordinator and Bram see nothing), picks it up and answers; Anna reads the answer;
 * the signal counts in the signal report.
 */
class SignalStoryIT {

    private static final String WELZIJN = "welzijn-stichtse-vecht";

    @Test
    void annasSignalReachesTheWelfareOrganisationWhichAnswersHerAndItCounts() {
        Api api = ItStack.api();
        String anna = Journey.token(DemoAccounts.VOLUNTEER_ANNA);
        String bram = Journey.token(DemoAccounts.VOLUNTEER_BRAM);
        String welzijn = Journey.token(DemoAccounts.COORDINATOR_WELZIJN);
        String handjehelpen = Journey.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();

        // 0. the directory: Welzijn's coordinator keeps its entry; anyone finds it for money matters; every
        // organisation of the realm has an entry (entries other tests made are listed, not failed)
        Map<String, Object> entry = DemoDirectory.entry(DemoDirectory.realmOrganisations().stream()
                .filter(o -> o.alias().equals(WELZIJN)).findFirst().orElseThrow());
        int kept = api.call("PUT", gateway("/api/directory/" + WELZIJN), welzijn, Map.of("If-Match", "*"), entry)
                .status();
        assertThat(kept).as("Welzijn keeps its entry").isIn(200, 201);
        JsonNode directory = api.get(gateway("/api/public/directory?theme=financial"), null)
                .expect(200, "the public directory").json();
        assertThat(directory.findValuesAsText("alias")).contains(WELZIJN);
        KeycloakAdmin keycloak = new KeycloakAdmin(ItStack.get().keycloak());
        DirectoryRealmCheck.Drift drift = DirectoryRealmCheck.compare(
                DirectoryRealmCheck.directory(api, ItStack.gateway()),
                DirectoryRealmCheck.realm(api, ItStack.get().keycloak().url(), Keycloak.REALM, keycloak.token()));
        System.out.println("signal story: directory " + directory.size() + " organisations for theme financial; "
                + drift);
        assertThat(drift.missingInTheDirectory()).as(drift.toString()).isEmpty();
        api.call("PUT", gateway("/api/directory/handjehelpen"), welzijn, Map.of("If-Match", "*"), entry)
                .expect(403, "Welzijn keeps only its own entry");
        JsonNode before = signalsThisYear(welzijn, year);

        // 1. HandjeHelpen matches Anna with a senior (the partner app's request); request-service learns of the match
        String matchId = Journey.matchAcceptedByAnna();
        String requestId = api.get(gateway("/api/matches/" + matchId), handjehelpen).expect(200, "the match").json()
                .path("requestId").asText();
        // an open offer lets her read the request already; only the accepted match shows whom she helps
        Journey.await("Anna sees whom she helps", Duration.ofSeconds(30), "mevrouw J. de Boer",
                () -> api.get(gateway("/api/requests/" + requestId), anna).json().path("requester").path("name")
                        .asText());

        // 2. Anna raises a signal, referred to Welzijn with only what the senior agreed to share
        Map<String, Object> signal = Map.of("theme", "financial", "urgency", "NORMAL", "receivingOrganisation",
                WELZIJN, "note", "Mevrouw maakt zich zorgen over rekeningen die blijven liggen.", "requestId",
                requestId, "sharedContact", Map.of("name", "Mevrouw J. de Boer", "phone", "0346 765 432"), "consent",
                Map.of("channel", "IN_PERSON"));
        Api.Answer raised = api.post(gateway("/api/signals"), anna, signal).expect(201, "Anna raises a signal");
        String id = raised.json().path("id").asText();
        assertThat(raised.json().path("reference").isNull() || raised.json().path("reference").isMissingNode())
                .as("the raiser sees no reference").isTrue();

        // 3. Welzijn sees it with the shared phone number; HandjeHelpen's coordinator and Bram see nothing
        JsonNode received = api.get(gateway("/api/signals/" + id), welzijn).expect(200, "Welzijn reads it").json();
        assertThat(received.path("reference").path("kind").asText()).isEqualTo("SHARED_CONTACT");
        assertThat(received.path("reference").path("sharedContact").path("phone").asText()).isEqualTo("0346 765 432");
        assertThat(received.path("reference").path("consent").path("channel").asText()).isEqualTo("IN_PERSON");
        api.get(gateway("/api/signals/" + id), handjehelpen).expect(404, "HandjeHelpen sees nothing");
        api.get(gateway("/api/signals/" + id), bram).expect(404, "Bram sees nothing");
        api.post(gateway("/api/signals/" + id + "/status"), anna, Map.of("status", "PICKED_UP"))
                .expect(403, "Anna cannot pick up her own signal");

        // 4. Welzijn picks it up and answers Anna
        String etag = api.get(gateway("/api/signals/" + id), welzijn).header("ETag");
        JsonNode picked = api.call("POST", gateway("/api/signals/" + id + "/status"), welzijn,
                Map.of("If-Match", etag), Map.of("status", "PICKED_UP")).expect(200, "Welzijn picks it up").json();
        api.call("POST", gateway("/api/signals/" + id + "/status"), welzijn, Map.of("If-Match", etag),
                Map.of("status", "FEEDBACK_GIVEN", "feedback", "x")).expect(412, "a stale ETag");
        String feedback = "We hebben mevrouw gebeld en een afspraak met de ouderenadviseur gemaakt. Dank voor je signaal!";
        api.post(gateway("/api/signals/" + id + "/status"), welzijn,
                Map.of("status", "FEEDBACK_GIVEN", "feedback", feedback)).expect(200, "Welzijn answers");

        // 5. Anna reads the answer; then Welzijn closes the signal
        JsonNode seen = api.get(gateway("/api/signals/" + id), anna).expect(200, "Anna reads the answer").json();
        assertThat(seen.path("feedback").asText()).isEqualTo(feedback);
        assertThat(seen.path("status").asText()).isEqualTo("FEEDBACK_GIVEN");
        JsonNode closed = api.post(gateway("/api/signals/" + id + "/status"), welzijn, Map.of("status", "CLOSED"))
                .expect(200, "Welzijn closes it").json();

        // 6. the signal counts in this year's report (small counts show as "<5")
        JsonNode after = signalsThisYear(welzijn, year);
        long countBefore = count(before.path("total"), "signals");
        if (countBefore >= 5) {
            assertThat(count(after.path("total"), "signals")).isEqualTo(countBefore + 1);
        } else {
            assertThat(after.path("total").path("signals").asText()).isNotEqualTo("0");
        }
        JsonNode kernRow = null;
        for (JsonNode row : after.path("groups")) {
            if (row.path("group").asText().equals(seen.path("kern").asText())) {
                kernRow = row;
            }
        }
        assertThat(kernRow).as(after.toString()).isNotNull();
        long toPickUp = Duration.between(OffsetDateTime.parse(seen.path("raisedAt").asText()),
                OffsetDateTime.parse(picked.path("pickedUpAt").asText())).toMillis();
        long toFeedback = Duration.between(OffsetDateTime.parse(seen.path("raisedAt").asText()),
                OffsetDateTime.parse(seen.path("feedbackAt").asText())).toMillis();
        System.out.printf("signal story: Anna's signal %s (%s, kern %s) referred to %s: picked up after %d ms,"
                + " feedback after %d ms, closed %s; HandjeHelpen and Bram: 404; report %d total signals before %s,"
                + " after %s, kern %s: %s%n", id, seen.path("theme").asText(), seen.path("kern").asText(), WELZIJN,
                toPickUp, toFeedback, closed.path("closedAt").asText(), year, before.path("total").path("signals"),
                after.path("total").path("signals"), kernRow.path("group").asText(), kernRow.path("signals"));
    }

    private static JsonNode signalsThisYear(String coordinator, int year) {
        return ItStack.api().get(gateway("/api/reports/signals?period=" + year + "&by=kern"), coordinator)
                .expect(200, "signal report").json();
    }

    /** A count of the report: the number, or 1 for "<5" (at least one), -1 for "suppressed". */
    private static long count(JsonNode row, String column) {
        JsonNode cell = row.path(column);
        return cell.isNumber() ? cell.asLong() : "<5".equals(cell.asText()) ? 1 : -1;
    }
}
