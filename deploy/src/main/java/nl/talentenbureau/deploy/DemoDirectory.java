package nl.talentenbureau.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo directory of the coalition (issue 16): one entry per organisation of the demo realm (its Organizations, read
 * from the realm file), written through the gateway by the admin with {@code If-Match: *}, so a repeated load replaces
 * instead of failing. What each offers is demo text; the contact details are the organisation's own, made up.
 */
public final class DemoDirectory {

    /** Per alias: what it offers (theme -> summary; no kernen: the whole coalition). */
    private static final Map<String, Map<String, String>> OFFERS = Map.of(
            "welzijn-stichtse-vecht", Map.of("health", "Ouderenadviseur op huisbezoek", "financial",
                    "Hulp bij formulieren, toeslagen en rekeningen", "caregiver", "Steunpunt mantelzorg", "meaning",
                    "Ontmoeting en dagbesteding"),
            "handjehelpen", Map.of("practical", "Vrijwilligers voor klussen, boodschappen en vervoer"),
            "bibliotheek-angstel-vecht-en-venen", Map.of("digital", "Digicafé en hulp bij DigiD", "meaning",
                    "Leesclubs en lezingen"),
            "kwadraad", Map.of("financial", "Schuldhulp en maatschappelijk werk", "meaning",
                    "Gesprekken bij zorgen en eenzaamheid"),
            "leef", Map.of("practical", "Maatjes en praktische hulp thuis", "meaning", "Samen eten en wandelen"));

    /** An organisation of the realm: its alias (the organization claim) and name. */
    public record Organisation(String alias, String name, String description) {
    }

    private DemoDirectory() {
    }

    /** The realm file's Organizations. */
    public static List<Organisation> realmOrganisations() {
        try (InputStream realm = DemoDirectory.class.getResourceAsStream(Keycloak.REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException("the realm " + Keycloak.REALM_RESOURCE + " is not on the class path");
            }
            List<Organisation> organisations = new ArrayList<>();
            for (JsonNode o : new ObjectMapper().readTree(realm).path("organizations")) {
                organisations.add(new Organisation(o.path("alias").asText(), o.path("name").asText(),
                        o.path("description").asText(null)));
            }
            return organisations;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the realm", e);
        }
    }

    /** The directory entry of one organisation. */
    public static Map<String, Object> entry(Organisation organisation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", organisation.name());
        body.put("description", organisation.description());
        List<Map<String, Object>> offers = new ArrayList<>();
        OFFERS.getOrDefault(organisation.alias(), Map.of("meaning", "Voor ouderen in de hele gemeente"))
                .forEach((theme, summary) -> offers.add(Map.of("theme", theme, "kernen", List.of(), "summary",
                        summary)));
        offers.sort((a, b) -> ((String) a.get("theme")).compareTo((String) b.get("theme")));
        body.put("offers", offers);
        body.put("openingHours", List.of(Map.of("day", "MONDAY", "from", "09:00", "until", "12:30"),
                Map.of("day", "WEDNESDAY", "from", "09:00", "until", "12:30"),
                Map.of("day", "THURSDAY", "from", "13:30", "until", "16:30")));
        body.put("openingNote", "Huisbezoek op afspraak");
        body.put("contact", Map.of("phone", "0346 200 " + (100 + Math.abs(organisation.alias().hashCode() % 900)),
                "email", "info@" + organisation.alias() + ".example", "website",
                "https://" + organisation.alias() + ".example"));
        return body;
    }

    /** Writes every realm organisation's entry through the gateway ({@code gateway}: its base URL); returns how many. */
    public static int load(Api api, String gateway) {
        String admin = api.token(DemoAccounts.ADMIN);
        int written = 0;
        for (Organisation organisation : realmOrganisations()) {
            // 201 the first time, 200 on every later start
            Api.Answer answer = api.call("PUT", gateway + "/api/directory/" + organisation.alias(), admin,
                    Map.of("If-Match", "*"), entry(organisation));
            if (answer.status() != 200 && answer.status() != 201) {
                answer.expect(201, "directory entry of " + organisation.alias());
            }
            written++;
        }
        return written;
    }
}
