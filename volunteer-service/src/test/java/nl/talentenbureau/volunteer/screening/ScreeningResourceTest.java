package nl.talentenbureau.volunteer.screening;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class ScreeningResourceTest {

    private final String coordinator = Tokens.coordinator("handjehelpen");
    private final LocalDate today = LocalDate.now();

    @Test
    void vogIsValidForThreeYearsByDefault() {
        UUID id = created(coordinator, aVolunteer());
        LocalDate issued = today.minusYears(1);
        as(coordinator).body(Map.of("issuedOn", issued.toString())).put("/api/volunteers/" + id + "/vog")
                .then().statusCode(200)
                .body("vogIssuedOn", equalTo(issued.toString()))
                .body("vogValidUntil", equalTo(issued.plusYears(3).minusDays(1).toString()))
                .body("vogValid", equalTo(true));
        as(coordinator).get("/api/volunteers/" + id).then().body("screening.vogValid", equalTo(true))
                .body("version", equalTo(1));
    }

    @Test
    void oldVogIsRecordedButNotValid() {
        UUID id = created(coordinator, aVolunteer());
        as(coordinator).body(Map.of("issuedOn", today.minusYears(3).toString())).put("/api/volunteers/" + id + "/vog")
                .then().statusCode(200).body("vogValid", equalTo(false));
    }

    @Test
    void futureOrMissingIssueDateIsRefused() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(coordinator).body(Map.of("issuedOn", today.plusDays(1).toString()))
                .put("/api/volunteers/" + id + "/vog").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("issuedOn"));
        problem(as(coordinator).body(Map.of()).put("/api/volunteers/" + id + "/vog").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("issuedOn"));
        as(coordinator).get("/api/volunteers/" + id).then().body("screening.vogIssuedOn", nullValue());
    }

    @Test
    void vogCanBeRemovedOnce() {
        UUID id = created(coordinator, aVolunteer());
        as(coordinator).body(Map.of("issuedOn", today.toString())).put("/api/volunteers/" + id + "/vog").then()
                .statusCode(200);
        as(coordinator).delete("/api/volunteers/" + id + "/vog").then().statusCode(200)
                .body("vogIssuedOn", nullValue());
        problem(as(coordinator).delete("/api/volunteers/" + id + "/vog").then(), 404, "not-found");
    }

    @Test
    void trainingExpiresByTheCatalogue() {
        UUID id = created(coordinator, aVolunteer());
        as(coordinator).body(Map.of("completedOn", "2025-01-10")).put("/api/volunteers/" + id + "/trainings/first-aid")
                .then().statusCode(200)
                .body("trainings[0].code", equalTo("first-aid"))
                .body("trainings[0].expiresOn", equalTo("2027-01-09"));
        as(coordinator).body(Map.of("completedOn", "2024-05-01")).put("/api/volunteers/" + id + "/trainings/digicoach")
                .then().statusCode(200)
                .body("trainings.find { it.code == 'digicoach' }.expiresOn", nullValue())
                .body("trainings.find { it.code == 'digicoach' }.valid", equalTo(true));
        as(coordinator).delete("/api/volunteers/" + id + "/trainings/digicoach").then().statusCode(200)
                .body("trainings", hasSize(1));
        problem(as(coordinator).delete("/api/volunteers/" + id + "/trainings/digicoach").then(), 404, "not-found");
    }

    @Test
    void unknownOrRetiredTrainingAnswers422() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(coordinator).body(Map.of("completedOn", "2025-01-10"))
                .put("/api/volunteers/" + id + "/trainings/juggling").then(), 422, "unprocessable");
        String retired = "retired-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.admin()).body(Map.of("code", retired, "nameNl", "Oud", "nameEn", "Old"))
                .post("/api/catalog/trainings").then().statusCode(201);
        as(Tokens.admin()).post("/api/catalog/trainings/" + retired + "/retire").then().statusCode(200);
        problem(as(coordinator).body(Map.of("completedOn", "2025-01-10"))
                .put("/api/volunteers/" + id + "/trainings/" + retired).then(), 422, "unprocessable");
    }

    @Test
    void expiringListsWhatRunsOutWithinTheWindow() {
        UUID soon = created(coordinator, aVolunteer().named("Soon"));
        UUID later = created(coordinator, aVolunteer().named("Later"));
        // last valid day = issued + 3 years - 1 day: 9 days from now, and 200 days from now
        as(coordinator).body(Map.of("issuedOn", today.minusYears(3).plusDays(10).toString()))
                .put("/api/volunteers/" + soon + "/vog").then().statusCode(200);
        as(coordinator).body(Map.of("issuedOn", today.minusYears(3).plusDays(201).toString()))
                .put("/api/volunteers/" + later + "/vog").then().statusCode(200);
        as(coordinator).body(Map.of("completedOn", today.minusYears(2).plusDays(20).toString()))
                .put("/api/volunteers/" + later + "/trainings/first-aid").then().statusCode(200);

        as(coordinator).queryParam("withinDays", 30).get("/api/volunteers/screening/expiring").then()
                .statusCode(200)
                .body("findAll { it.volunteerId == '" + soon + "' }.kind", hasItem("VOG"))
                .body("findAll { it.volunteerId == '" + soon + "' }.expiresOn",
                        hasItem(today.plusDays(9).toString()))
                .body("findAll { it.volunteerId == '" + later + "' }.kind", hasItem("TRAINING"))
                .body("findAll { it.volunteerId == '" + later + "' }.kind", not(hasItem("VOG")));
        as(coordinator).queryParam("withinDays", 5).get("/api/volunteers/screening/expiring").then()
                .body("volunteerId", not(hasItem(soon.toString())));
    }

    @Test
    void expiredRecordsAreListedOnlyWhenAskedFor() {
        UUID expired = created(coordinator, aVolunteer());
        as(coordinator).body(Map.of("issuedOn", today.minusYears(4).toString()))
                .put("/api/volunteers/" + expired + "/vog").then().statusCode(200);
        as(coordinator).get("/api/volunteers/screening/expiring").then()
                .body("volunteerId", not(hasItem(expired.toString())));
        as(coordinator).queryParam("includeExpired", true).get("/api/volunteers/screening/expiring").then()
                .body("volunteerId", hasItem(expired.toString()));
        problem(as(coordinator).queryParam("withinDays", -1).get("/api/volunteers/screening/expiring").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("withinDays"));
    }

    @Test
    void listFiltersOnValidVogAndHeldTraining() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID screened = created(coordinator, aVolunteer().named("Screened " + tag));
        UUID lapsed = created(coordinator, aVolunteer().named("Lapsed " + tag));
        created(coordinator, aVolunteer().named("Never " + tag));
        as(coordinator).body(Map.of("issuedOn", today.minusMonths(6).toString()))
                .put("/api/volunteers/" + screened + "/vog").then().statusCode(200);
        as(coordinator).body(Map.of("issuedOn", today.minusYears(5).toString()))
                .put("/api/volunteers/" + lapsed + "/vog").then().statusCode(200);
        as(coordinator).body(Map.of("completedOn", today.minusMonths(1).toString()))
                .put("/api/volunteers/" + screened + "/trainings/first-aid").then().statusCode(200);
        as(coordinator).body(Map.of("completedOn", today.minusYears(3).toString()))
                .put("/api/volunteers/" + lapsed + "/trainings/first-aid").then().statusCode(200);

        as(coordinator).queryParam("q", tag).queryParam("vogValid", true).get("/api/volunteers").then()
                .body("items.id", org.hamcrest.Matchers.contains(screened.toString()));
        as(coordinator).queryParam("q", tag).queryParam("vogValid", false).get("/api/volunteers").then()
                .body("total", equalTo(2));
        as(coordinator).queryParam("q", tag).queryParam("training", "first-aid").get("/api/volunteers").then()
                .body("items.id", org.hamcrest.Matchers.contains(screened.toString()));
    }

    @Test
    void onlyCoordinatorsKeepScreeningRecords() {
        UUID id = created(coordinator, aVolunteer());
        for (String token : new String[]{Tokens.volunteer("v"), Tokens.partner("handjehelpen"), Tokens.admin(),
                Tokens.service()}) {
            problem(as(token).body(Map.of("issuedOn", today.toString())).put("/api/volunteers/" + id + "/vog")
                    .then(), 403, "forbidden");
            problem(as(token).body(Map.of("completedOn", today.toString()))
                    .put("/api/volunteers/" + id + "/trainings/first-aid").then(), 403, "forbidden");
            problem(as(token).get("/api/volunteers/screening/expiring").then(), 403, "forbidden");
        }
        problem(as(coordinator).body(Map.of("issuedOn", today.toString()))
                .put("/api/volunteers/" + UUID.randomUUID() + "/vog").then(), 404, "not-found");
    }
}
