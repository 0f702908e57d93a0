package nl.talentenbureau.web.volunteers;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import java.util.UUID;

import nl.talentenbureau.web.testing.StandIns;

/** The gateway's answers the volunteer pages read: a profile as a coordinator sees it, and the catalogue. */
final class PoolFixtures {

    static final UUID ANNA = UUID.fromString("0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31");
    static final String PROFILE = "/api/volunteers/" + ANNA;

    private PoolFixtures() {
    }

    static void stubCatalogue() {
        StandIns.gateway().stubFor(get("/api/catalog/kernen").willReturn(okJson("""
                [{"code": "breukelen", "name": "Breukelen"}, {"code": "maarssen", "name": "Maarssen"}]""")));
        StandIns.gateway().stubFor(get("/api/catalog/talents").willReturn(okJson("""
                [{"code": "digital-help", "theme": "digital", "nameNl": "Digitale hulp", "nameEn": "Digital help"},
                 {"code": "driving", "theme": "mobility", "nameNl": "Rijden", "nameEn": "Driving"},
                 {"code": "knitting", "theme": "social", "nameNl": "Breien", "nameEn": "Knitting",
                  "retiredAt": "2026-01-01T00:00:00Z"}]""")));
        StandIns.gateway().stubFor(get("/api/catalog/themes").willReturn(okJson("""
                [{"code": "digital", "nameNl": "Digitale vitaliteit", "nameEn": "Digital vitality"},
                 {"code": "mobility", "nameNl": "Mobiliteit", "nameEn": "Mobility"}]""")));
        StandIns.gateway().stubFor(get("/api/catalog/trainings").willReturn(okJson("""
                [{"code": "first-aid", "nameNl": "EHBO", "nameEn": "First aid", "validYears": 2},
                 {"code": "privacy", "nameNl": "Privacy", "nameEn": "Privacy"},
                 {"code": "old-course", "nameNl": "Oude cursus", "nameEn": "Old course",
                  "retiredAt": "2025-01-01T00:00:00Z"}]""")));
    }

    /** Anna as the coordinator's API answers her; {@code contact}: whether e-mail and phone are shown. */
    static String anna(long version, String kern, String phone, boolean contact) {
        String contactFields = contact
                ? "\"email\": \"anna@example.org\", \"phone\": \"%s\", \"contactWithheld\": false".formatted(phone)
                : "\"email\": null, \"phone\": null, \"contactWithheld\": true";
        return """
                {"id": "%s", "status": "ACTIVE", "name": "Anna de Vries", %s, "birthYear": 1958,
                 "homeKern": "%s", "maxTravelKm": 10, "languages": ["nl", "pap"],
                 "talents": [{"code": "digital-help", "level": 2}, {"code": "knitting", "level": 3}],
                 "availability": ["TUE_MORNING"], "absences": [], "capacity": 2, "themes": ["digital"],
                 "organisations": ["handjehelpen"],
                 "screening": {"vogIssuedOn": "2025-03-01", "vogValidUntil": "2028-02-29", "vogValid": true,
                   "trainings": [{"code": "first-aid", "completedOn": "2024-05-12", "expiresOn": "2026-05-11",
                                  "valid": false}]},
                 "consents": [], "accountLinked": true, "version": %d}"""
                .formatted(ANNA, contactFields, kern, version);
    }

    static void stubAnna(long version, String kern, String phone, boolean contact) {
        StandIns.gateway().stubFor(get(PROFILE).willReturn(okJson(anna(version, kern, phone, contact))));
    }
}
