package nl.talentenbureau.volunteer.catalog;

import static nl.talentenbureau.volunteer.support.Api.anonymous;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class CatalogResourceTest {

    @Test
    void everySignedInRoleReadsTheCatalogues() {
        for (String token : new String[]{Tokens.coordinator("kwadraad"), Tokens.volunteer("v"),
                Tokens.partner("kwadraad"), Tokens.admin(), Tokens.service()}) {
            as(token).get("/api/catalog/kernen").then().statusCode(200)
                    .body("code", hasItems("breukelen", "loenen-aan-de-vecht", "ijhorst"))
                    .body("size()", greaterThanOrEqualTo(36));
            as(token).get("/api/catalog/themes").then().statusCode(200).body("code", hasItem("caregiver"));
            as(token).get("/api/catalog/talents").then().statusCode(200).body("code", hasItem("digital-help"));
            as(token).get("/api/catalog/trainings").then().statusCode(200).body("code", hasItem("first-aid"));
        }
    }

    @Test
    void kernCarriesItsCoordinates() {
        as(Tokens.volunteer("v")).get("/api/catalog/kernen").then()
                .body("find { it.code == 'breukelen' }.lat", equalTo(52.1717f))
                .body("find { it.code == 'breukelen' }.municipality", equalTo("Stichtse Vecht"));
        as(Tokens.volunteer("v")).get("/api/catalog/trainings").then()
                .body("find { it.code == 'first-aid' }.validYears", equalTo(2))
                .body("find { it.code == 'digicoach' }.validYears", nullValue());
    }

    @Test
    void anonymousCannotReadCatalogues() {
        problem(anonymous().get("/api/catalog/kernen").then(), 401, "unauthenticated");
    }

    @Test
    void adminAddsAndRetiresATalent() {
        String code = "talent-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.admin()).body(Map.of("code", code, "theme", "practical", "nameNl", "Fietsen", "nameEn", "Bikes"))
                .post("/api/catalog/talents").then().statusCode(201).body("retiredAt", nullValue());
        String coordinator = Tokens.coordinator("kwadraad");
        String id = as(coordinator).body(aVolunteer().withTalent(code, 2).build()).post("/api/volunteers")
                .then().statusCode(201).extract().path("id");

        as(Tokens.admin()).post("/api/catalog/talents/" + code + "/retire").then().statusCode(200)
                .body("retiredAt", notNullValue());
        as(Tokens.admin()).post("/api/catalog/talents/" + code + "/retire").then().statusCode(200);
        as(Tokens.volunteer("v")).get("/api/catalog/talents").then()
                .body("find { it.code == '" + code + "' }.retiredAt", notNullValue());

        // a retired talent stays on the profile that holds it, but nobody new can take it
        String etag = as(coordinator).get("/api/volunteers/" + id).then().extract().header("ETag");
        as(coordinator).header("If-Match", etag).body(aVolunteer().withTalent(code, 2).build())
                .put("/api/volunteers/" + id).then().statusCode(200);
        problem(as(coordinator).body(aVolunteer().withTalent(code, 1).build()).post("/api/volunteers").then(), 422,
                "unprocessable").body("errors[0].field", equalTo("talents[0].code"));
    }

    @Test
    void adminAddsAndRetiresATraining() {
        String code = "training-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.admin()).body(Map.of("code", code, "nameNl", "Valpreventie", "nameEn", "Fall prevention",
                "validYears", 3)).post("/api/catalog/trainings").then().statusCode(201)
                .body("validYears", equalTo(3));
        as(Tokens.admin()).post("/api/catalog/trainings/" + code + "/retire").then().statusCode(200)
                .body("retiredAt", notNullValue());
    }

    @Test
    void catalogueRefusals() {
        Map<String, Object> talent = Map.of("code", "driving", "theme", "practical", "nameNl", "x", "nameEn", "x");
        problem(as(Tokens.admin()).body(talent).post("/api/catalog/talents").then(), 409, "conflict");
        problem(as(Tokens.admin()).body(Map.of("code", "new-one", "theme", "astrology", "nameNl", "x", "nameEn", "x"))
                .post("/api/catalog/talents").then(), 422, "unprocessable").body("errors[0].field", equalTo("theme"));
        problem(as(Tokens.admin()).body(Map.of("code", "Not A Slug", "theme", "practical", "nameNl", "x", "nameEn",
                "x")).post("/api/catalog/talents").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("code"));
        problem(as(Tokens.admin()).body(Map.of("code", "x-1", "nameNl", "x", "nameEn", "x", "validYears", 0))
                .post("/api/catalog/trainings").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("validYears"));
        problem(as(Tokens.admin()).post("/api/catalog/talents/no-such-talent/retire").then(), 404, "not-found");
        problem(as(Tokens.admin()).post("/api/catalog/trainings/no-such-training/retire").then(), 404, "not-found");
    }

    @Test
    void onlyAnAdminChangesCatalogues() {
        Map<String, Object> talent = Map.of("code", "x-2", "theme", "practical", "nameNl", "x", "nameEn", "x");
        for (String token : new String[]{Tokens.coordinator("kwadraad"), Tokens.volunteer("v"),
                Tokens.partner("kwadraad"), Tokens.service()}) {
            problem(as(token).body(talent).post("/api/catalog/talents").then(), 403, "forbidden");
            problem(as(token).post("/api/catalog/talents/driving/retire").then(), 403, "forbidden");
            problem(as(token).body(Map.of("code", "x-3", "nameNl", "x", "nameEn", "x"))
                    .post("/api/catalog/trainings").then(), 403, "forbidden");
            problem(as(token).post("/api/catalog/trainings/first-aid/retire").then(), 403, "forbidden");
        }
        as(Tokens.volunteer("v")).get("/api/catalog/talents").then()
                .body("find { it.code == 'driving' }.retiredAt", nullValue());
    }
}
