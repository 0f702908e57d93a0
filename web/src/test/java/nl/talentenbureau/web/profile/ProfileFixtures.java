package nl.talentenbureau.web.profile;

/** A volunteer's profile as {@code GET /api/volunteers/me} answers it. */
final class ProfileFixtures {

    private ProfileFixtures() {
    }

    /** {@code slots}: the availability as JSON strings, comma separated ({@code "\"MON_MORNING\""}). */
    static String profile(long version, String slots) {
        return """
                {"id": "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31", "status": "ACTIVE", "name": "Anna de Vries",
                 "email": "anna@example.org", "phone": "+31 6 12345678", "birthYear": 1958, "homeKern": "breukelen",
                 "maxTravelKm": 10, "languages": ["nl"], "talents": [{"code": "digital-help", "level": 2}],
                 "availability": [%s], "absences": [], "capacity": 1, "themes": ["digital"],
                 "organisations": ["handjehelpen"],
                 "consents": [{"purpose": "MATCHING", "givenAt": "2026-11-02T10:15:30+01:00", "active": true},
                              {"purpose": "NEWSLETTER", "givenAt": "2026-11-02T10:15:30+01:00",
                               "withdrawnAt": "2026-11-10T10:15:30+01:00", "active": false}],
                 "accountLinked": true,
                 "notifications": {"reachBy": "EMAIL", "language": "nl", "quietHours": {"from": "21:00", "until": "08:00"}},
                 "version": %d}"""
                .formatted(slots, version);
    }
}
