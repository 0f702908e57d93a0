package nl.talentenbureau.volunteer.privacy;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.volunteer.support.FailingErasure;

@QuarkusTest
class PrivacyResourceTest {

    private final String coordinator = Tokens.coordinator("leef");

    @Inject
    EntityManager entityManager;

    @Test
    void volunteerGivesAndWithdrawsConsent() {
        String me = registeredVolunteer();
        as(me).put("/api/volunteers/me/consents/MATCHING").then().statusCode(200)
                .body("purpose", equalTo("MATCHING")).body("givenAt", notNullValue()).body("active", equalTo(true));
        as(me).delete("/api/volunteers/me/consents/MATCHING").then().statusCode(200)
                .body("withdrawnAt", notNullValue()).body("active", equalTo(false));
        as(me).get("/api/volunteers/me").then().body("consents", hasSize(1))
                .body("consents[0].active", equalTo(false));
        problem(as(me).delete("/api/volunteers/me/consents/NEWSLETTER").then(), 404, "not-found");
        problem(as(me).put("/api/volunteers/me/consents/SELLING_DATA").then(), 404, "not-found");
    }

    @Test
    void consentStateTravelsToMatching() {
        String me = registeredVolunteer();
        long cursor = Feed.head();
        as(me).put("/api/volunteers/me/consents/MATCHING").then().statusCode(200);
        Map<?, ?> payload = (Map<?, ?>) Feed.eventsAfter(cursor).getLast().get("payload");
        assertThat(payload.get("matchingConsent")).isEqualTo(true);
    }

    @Test
    void coordinatorRecordsConsentGivenOnPaper() {
        UUID id = created(coordinator, aVolunteer());
        as(coordinator).put("/api/volunteers/" + id + "/consents/CONTACT_BY_COORDINATORS").then().statusCode(200);
        as(coordinator).delete("/api/volunteers/" + id + "/consents/CONTACT_BY_COORDINATORS").then()
                .statusCode(200).body("active", equalTo(false));
        problem(as(Tokens.volunteer("v")).put("/api/volunteers/" + id + "/consents/MATCHING").then(), 403,
                "forbidden");
        problem(as(Tokens.partner("leef")).put("/api/volunteers/" + id + "/consents/MATCHING").then(), 403,
                "forbidden");
    }

    @Test
    void volunteerExportsEverythingHeldOnThem() {
        String me = registeredVolunteer();
        as(me).put("/api/volunteers/me/consents/MATCHING").then().statusCode(200);
        as(me).body(Map.of("startsOn", "2026-12-24", "endsOn", "2026-12-31")).post("/api/volunteers/me/absences")
                .then().statusCode(201);
        as(me).get("/api/volunteers/me/export").then().statusCode(200)
                .body("exportedAt", notNullValue())
                .body("profile.email", equalTo("volunteer@example.org"))
                .body("profile.absences", hasSize(1))
                .body("profile.consents[0].purpose", equalTo("MATCHING"))
                .body("sharedWith", hasSize(1));
    }

    @Test
    void adminExportsAndErasesAVolunteer() {
        String subject = "volunteer-" + UUID.randomUUID();
        String me = Tokens.volunteer(subject);
        String id = as(me).body(aVolunteer().named("Erase Me").buildForSelf()).post("/api/volunteers/me").then()
                .statusCode(201).extract().path("id");
        as(me).put("/api/volunteers/me/consents/MATCHING").then().statusCode(200);
        as(coordinator).body(Map.of("issuedOn", "2026-01-05")).put("/api/volunteers/" + id + "/vog").then()
                .statusCode(200);
        as(Tokens.admin()).get("/api/volunteers/" + id + "/export").then().statusCode(200)
                .body("profile.name", equalTo("Erase Me"));
        long cursor = Feed.head();

        as(Tokens.admin()).delete("/api/volunteers/" + id).then().statusCode(204);

        problem(as(coordinator).get("/api/volunteers/" + id).then(), 404, "not-found");
        problem(as(me).get("/api/volunteers/me").then(), 404, "not-found");
        problem(as(Tokens.admin()).get("/api/volunteers/" + id + "/export").then(), 404, "not-found");
        problem(as(Tokens.admin()).delete("/api/volunteers/" + id).then(), 404, "not-found");
        as(coordinator).queryParam("q", "Erase Me").get("/api/volunteers").then().body("total", equalTo(0));
        List<Map<String, Object>> events = Feed.eventsAfter(cursor);
        assertThat(events).extracting(e -> e.get("type")).containsExactly("VolunteerErased");
        assertThat(events.getFirst().get("payload")).isEqualTo(Map.of("id", id));

        // the row stays for counts; nothing in it points to the person any more
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "select name, email, phone, birth_year, subject, status, home_kern, erased_at from volunteer where id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertThat(row[0]).isEqualTo("(erased)");
        assertThat(new Object[]{row[1], row[2], row[3], row[4]}).containsOnlyNulls();
        assertThat(row[5]).isEqualTo("STOPPED");
        assertThat(row[6]).isEqualTo("breukelen");
        assertThat(row[7]).isNotNull();
        assertThat(count("select count(*) from vog where volunteer_id = ?1", id)).isZero();
        assertThat(count("select count(*) from consent where volunteer_id = ?1", id)).isZero();
        // the account is free to apply again
        as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
    }

    @Test
    void erasureThatFailsInOneFeatureChangesNothing() {
        String subject = "volunteer-" + UUID.randomUUID();
        String me = Tokens.volunteer(subject);
        String id = as(me).body(aVolunteer().named("Keep Me").buildForSelf()).post("/api/volunteers/me").then()
                .statusCode(201).extract().path("id");
        as(me).put("/api/volunteers/me/consents/MATCHING").then().statusCode(200);
        as(me).body(Map.of("startsOn", "2026-12-24", "endsOn", "2026-12-31")).post("/api/volunteers/me/absences")
                .then().statusCode(201);
        as(coordinator).body(Map.of("issuedOn", "2026-01-05")).put("/api/volunteers/" + id + "/vog").then()
                .statusCode(200);
        long cursor = Feed.head();
        FailingErasure.failFor(UUID.fromString(id));
        try {
            problem(as(Tokens.admin()).delete("/api/volunteers/" + id).then(), 500, "internal");
        } finally {
            FailingErasure.stopFailing(UUID.fromString(id));
        }

        // the features that observed the erasure before the failing one deleted their records: rolled back
        as(me).get("/api/volunteers/me").then().statusCode(200)
                .body("name", equalTo("Keep Me"))
                .body("absences", hasSize(1))
                .body("consents", hasSize(1))
                .body("screening.vogIssuedOn", equalTo("2026-01-05"));
        assertThat(Feed.eventsAfter(cursor)).filteredOn(e -> id.equals(e.get("aggregateId"))).isEmpty();
    }

    @Test
    void erasureRedactsTheFeedHistoryOfThePerson() {
        long cursor = Feed.head();
        UUID id = created(coordinator, aVolunteer().inKern("tienhoven").with("birthYear", 1947));
        as(coordinator).body(Map.of("status", "INTAKE")).post("/api/volunteers/" + id + "/status").then()
                .statusCode(200);
        UUID bystander = created(coordinator, aVolunteer().inKern("tienhoven"));

        as(Tokens.admin()).delete("/api/volunteers/" + id).then().statusCode(204);

        List<Map<String, Object>> events = Feed.eventsAfter(cursor);
        assertThat(events).filteredOn(e -> id.toString().equals(e.get("aggregateId")))
                .extracting(e -> e.get("type"))
                .containsExactly("VolunteerRegistered", "VolunteerStatusChanged", "VolunteerErased");
        assertThat(events).filteredOn(e -> id.toString().equals(e.get("aggregateId")))
                .allSatisfy(e -> assertThat(e.get("payload")).isEqualTo(Map.of("id", id.toString())));
        assertThat(events).filteredOn(e -> bystander.toString().equals(e.get("aggregateId")))
                .allSatisfy(e -> assertThat(((Map<?, ?>) e.get("payload")).get("homeKern")).isEqualTo("tienhoven"));
    }

    @Test
    void volunteerErasesThemselves() {
        String me = registeredVolunteer();
        as(me).delete("/api/volunteers/me").then().statusCode(204);
        problem(as(me).get("/api/volunteers/me").then(), 404, "not-found");
        problem(as(me).get("/api/volunteers/me/export").then(), 404, "not-found");
    }

    @Test
    void onlyAnAdminErasesOrExportsSomeoneElse() {
        UUID id = created(coordinator, aVolunteer());
        for (String token : new String[]{coordinator, Tokens.volunteer("v"), Tokens.partner("leef"),
                Tokens.service()}) {
            problem(as(token).delete("/api/volunteers/" + id).then(), 403, "forbidden");
            problem(as(token).get("/api/volunteers/" + id + "/export").then(), 403, "forbidden");
        }
        as(coordinator).get("/api/volunteers/" + id).then().statusCode(200).body("name", notNullValue())
                .body("email", equalTo("volunteer@example.org")).body("screening.vogIssuedOn", nullValue());
    }

    private long count(String sql, String id) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, UUID.fromString(id)).getSingleResult())
                .longValue();
    }

    private static String registeredVolunteer() {
        String me = Tokens.volunteer("volunteer-" + UUID.randomUUID());
        as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        return me;
    }
}
