package nl.talentenbureau.volunteer.vacancy;

import static nl.talentenbureau.volunteer.support.Api.anonymous;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VacancyBuilder.aVacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class VacancyResourceTest {

    private static final String PUBLIC = "/api/public/vacancies";

    private final String bibliotheek = Tokens.coordinator("bibliotheek-stichtse-vecht");
    private final String welzijn = Tokens.coordinator("welzijn-stichtse-vecht");

    @Test
    void aCoordinatorPublishesAVacancyForTheirOrganisation() {
        String location = as(bibliotheek).body(aVacancy().build()).post("/api/vacancies").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("organisation", equalTo("bibliotheek-stichtse-vecht"))
                .body("slots", equalTo(List.of("TUE_MORNING")))
                .body("trainings", equalTo(List.of("digicoach")))
                .body("status", equalTo("OPEN"))
                .extract().header("Location");
        as(bibliotheek).get(location).then().statusCode(200).body("vogRequired", equalTo(true));
        as(Tokens.admin()).get(location).then().statusCode(200);
        problem(as(welzijn).get(location).then(), 403, "forbidden");
        as(welzijn).get("/api/vacancies").then().statusCode(200).body("organisation",
                not(hasItem("bibliotheek-stichtse-vecht")));
    }

    @Test
    void onlyItsOrganisationChangesAVacancyWithTheCurrentETag() {
        UUID id = aVacancy().publishedBy(bibliotheek);
        String path = "/api/vacancies/" + id;
        problem(as(welzijn).header("If-Match", "\"0\"").body(aVacancy().build()).put(path).then(), 403, "forbidden");
        problem(as(bibliotheek).body(aVacancy().build()).put(path).then(), 428, "precondition-required");
        as(bibliotheek).header("If-Match", "\"0\"").body(aVacancy().with("status", "CLOSED").build()).put(path)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("status", equalTo("CLOSED"));
        problem(as(bibliotheek).header("If-Match", "\"0\"").body(aVacancy().build()).put(path).then(), 412,
                "precondition-failed");
        problem(as(bibliotheek).header("If-Match", "\"1\"").body(aVacancy().build())
                .put("/api/vacancies/" + UUID.randomUUID()).then(), 404, "not-found");
    }

    @Test
    void badVacanciesAreRefused() {
        problem(as(bibliotheek).body(aVacancy().without("hoursPerWeek").without("slots").build())
                .post("/api/vacancies").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("hoursPerWeek"));
        problem(as(bibliotheek).body(aVacancy().with("title", " ").build()).post("/api/vacancies").then(), 400,
                "validation-failed");
        problem(as(bibliotheek).body(aVacancy().with("status", "MAYBE").build()).post("/api/vacancies").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("status"));
        problem(as(bibliotheek).body(aVacancy().with("organisation", "welzijn-stichtse-vecht").build())
                .post("/api/vacancies").then(), 400, "validation-failed");
        problem(as(bibliotheek).body(aVacancy().with("kernen", List.of("breukelen", "atlantis")).build())
                .post("/api/vacancies").then(), 422, "unprocessable").body("errors[0].field", equalTo("kernen[1]"));
        problem(as(bibliotheek).body(aVacancy().with("trainings", List.of("no-such-training")).build())
                .post("/api/vacancies").then(), 422, "unprocessable")
                .body("errors[0].field", equalTo("trainings[0]"));
        problem(as(bibliotheek).body(aVacancy().with("theme", "no-such-theme").build()).post("/api/vacancies")
                .then(), 422, "unprocessable");
    }

    @Test
    void anyoneReadsTheOpenVacanciesWithoutAToken() {
        UUID open = aVacancy().with("kernen", List.of("maarssen-dorp")).publishedBy(bibliotheek);
        UUID anywhere = aVacancy().with("kernen", List.of()).publishedBy(bibliotheek);
        UUID closed = aVacancy().with("kernen", List.of("maarssen-dorp")).with("status", "CLOSED")
                .publishedBy(bibliotheek);
        List<Map<String, Object>> listed = anonymous().get(PUBLIC + "?kern=maarssen-dorp").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"))
                .extract().path("");
        List<Object> ids = listed.stream().map(v -> v.get("id")).toList();
        assertThat(ids).contains(open.toString(), anywhere.toString()).doesNotContain(closed.toString());
        // nothing personal, nothing internal: no version, no author, no timestamps to the second
        assertThat(listed.getFirst()).containsOnlyKeys("id", "organisation", "title", "description", "theme",
                "talents", "kernen", "hoursPerWeek", "slots", "vogRequired", "trainings", "updatedOn");
        anonymous().get(PUBLIC + "/" + open).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"))
                .body("kernen", equalTo(List.of("maarssen-dorp")));
        problem(anonymous().get(PUBLIC + "/" + closed).then(), 404, "not-found");
        problem(anonymous().get(PUBLIC + "?kern=Not A Kern").then(), 400, "validation-failed");
        problem(anonymous().get("/api/vacancies").then(), 401, "unauthenticated");
    }

    @Test
    void aPublicReaderAskingAgainIsTold304UntilSomethingChanges() {
        UUID id = aVacancy().with("kernen", List.of("nigtevecht")).publishedBy(bibliotheek);
        String etag = anonymous().get(PUBLIC + "/" + id).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get(PUBLIC + "/" + id).then().statusCode(304)
                .header("ETag", equalTo(etag));
        String listTag = anonymous().get(PUBLIC + "?kern=nigtevecht").then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", listTag).get(PUBLIC + "?kern=nigtevecht").then().statusCode(304);

        as(bibliotheek).header("If-Match", "\"0\"").body(aVacancy().with("kernen", List.of("nigtevecht"))
                .with("title", "Digicoach op donderdag").build()).put("/api/vacancies/" + id).then().statusCode(200);
        anonymous().header("If-None-Match", etag).get(PUBLIC + "/" + id).then().statusCode(200)
                .body("title", equalTo("Digicoach op donderdag"));
        anonymous().header("If-None-Match", listTag).get(PUBLIC + "?kern=nigtevecht").then().statusCode(200);
    }
}
