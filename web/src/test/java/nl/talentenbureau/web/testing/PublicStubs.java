package nl.talentenbureau.web.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** The gateway's public API as the public pages' tests stub it: the catalogue's names, problems. */
public final class PublicStubs {

    public static final String CATALOG = "/api/public/catalog";
    public static final String VACANCIES = "/api/public/vacancies";
    public static final String APPLICATIONS = "/api/public/applications";
    public static final String CONFIRMATION = "/api/public/applications/confirmation";
    public static final String DIRECTORY = "/api/public/directory";

    private PublicStubs() {
    }

    /** Two kernen, two themes, a talent and a training, with their names. */
    public static void catalog() {
        stub(get(CATALOG), okJson("""
                {"kernen": [{"code": "breukelen", "name": "Breukelen"}, {"code": "maarssen", "name": "Maarssen"}],
                 "themes": [{"code": "digital", "nameNl": "Digitale vitaliteit", "nameEn": "Digital vitality"},
                            {"code": "health", "nameNl": "Gezondheid", "nameEn": "Health"}],
                 "talents": [{"code": "digital-help", "nameNl": "Digitale hulp", "nameEn": "Digital help"}],
                 "trainings": [{"code": "digicoach", "nameNl": "Digicoach-training", "nameEn": "Digicoach training"}]}
                """));
    }

    public static void stub(MappingBuilder request, ResponseDefinitionBuilder answer) {
        StandIns.gateway().stubFor(request.willReturn(answer));
    }

    public static MappingBuilder getPath(String path) {
        return get(urlPathEqualTo(path));
    }

    /** A problem document as the API answers it. */
    public static ResponseDefinitionBuilder problem(int status, String kind, String errorsJson) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody("""
                {"type": "https://talentenbureau.nl/problems/%s", "title": "t", "status": %d, "errors": %s}"""
                .formatted(kind, status, errorsJson == null ? "[]" : errorsJson));
    }

    public static String vacancy(String id, String title) {
        return """
                {"id": "%s", "organisation": "bibliotheek", "title": "%s",
                 "description": "Help ouderen op dinsdagochtend met hun tablet en DigiD.", "theme": "digital",
                 "talents": ["digital-help"], "kernen": ["breukelen"], "hoursPerWeek": 3,
                 "slots": ["TUE_MORNING"], "vogRequired": true, "trainings": ["digicoach"], "updatedOn": "2026-12-02"}
                """.formatted(id, title);
    }

    public static String organisation(String alias, String name) {
        return """
                {"alias": "%s", "name": "%s", "description": "Welzijnswerk voor alle inwoners.",
                 "offers": [{"theme": "health", "kernen": ["breukelen", "maarssen"],
                             "summary": "Ouderenadviseur komt op huisbezoek"},
                            {"theme": "digital", "summary": "Spreekuur voor de tablet"}],
                 "openingHours": [{"day": "MONDAY", "from": "09:00", "until": "12:30"}],
                 "openingNote": "Huisbezoek op afspraak",
                 "contact": {"phone": "0346 123 456", "email": "info@welzijn.example",
                             "website": "https://welzijn.example", "addressLine": "Straatweg 12, Breukelen"},
                 "updatedOn": "2026-12-02"}
                """.formatted(alias, name);
    }
}
