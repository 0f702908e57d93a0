package nl.talentenbureau.volunteer.volunteer;

import static nl.talentenbureau.volunteer.support.Api.anonymous;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.etagOf;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class VolunteerResourceTest {

    private final String organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.coordinator(organisation);

    @Test
    void coordinatorRegistersAVolunteerOfTheirOrganisation() {
        as(coordinator).body(aVolunteer().named("Anna de Vries").inKern("kockengen").withTalent("digital-help", 2)
                .availableIn("TUE_MORNING", "MON_EVENING").build())
                .post("/api/volunteers")
                .then().statusCode(201)
                .header("Location", containsString("/api/volunteers/"))
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("status", equalTo("APPLIED"))
                .body("name", equalTo("Anna de Vries"))
                .body("homeKern", equalTo("kockengen"))
                .body("organisations", contains(organisation))
                .body("talents[0].code", equalTo("digital-help"))
                .body("talents[0].level", equalTo(2))
                .body("availability", contains("MON_EVENING", "TUE_MORNING"))
                .body("capacity", equalTo(2))
                .body("accountLinked", equalTo(false))
                .body("screening.vogValid", equalTo(false));
    }

    @Test
    void readsAProfileWithItsETag() {
        UUID id = created(coordinator, aVolunteer().named("Bram Bakker"));
        as(coordinator).get("/api/volunteers/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Bram Bakker")).body("email", equalTo("volunteer@example.org"));
        // the shared pool: another organisation reads the profile too, without contact details (ContactVisibilityTest)
        as(Tokens.coordinator("another-org")).get("/api/volunteers/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("name", equalTo("Bram Bakker"));
        as(Tokens.admin()).get("/api/volunteers/" + id).then().statusCode(200);
    }

    @Test
    void unknownVolunteerAnswers404() {
        problem(as(coordinator).get("/api/volunteers/" + UUID.randomUUID()).then(), 404, "not-found");
        problem(as(coordinator).get("/api/volunteers/not-a-uuid").then(), 404, "not-found");
    }

    @Test
    void updateWithCurrentETagIsAppliedAndBumpsTheVersion() {
        UUID id = created(coordinator, aVolunteer());
        String etag = etagOf(coordinator, "/api/volunteers/" + id);
        as(coordinator).header("If-Match", etag).body(aVolunteer().named("Changed Name").with("capacity", 3).build())
                .put("/api/volunteers/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Changed Name")).body("capacity", equalTo(3)).body("version", equalTo(1));
    }

    @Test
    void staleIfMatchAnswers412AndChangesNothing() {
        UUID id = created(coordinator, aVolunteer().named("Original"));
        as(coordinator).header("If-Match", "\"0\"").body(aVolunteer().named("First").build())
                .put("/api/volunteers/" + id).then().statusCode(200);
        problem(as(coordinator).header("If-Match", "\"0\"").body(aVolunteer().named("Second").build())
                .put("/api/volunteers/" + id).then(), 412, "precondition-failed");
        as(coordinator).get("/api/volunteers/" + id).then().body("name", equalTo("First"));
    }

    @Test
    void ifMatchStarReplacesWhateverVersionIsCurrent() {
        UUID id = created(coordinator, aVolunteer());
        as(coordinator).header("If-Match", "\"0\"").body(aVolunteer().build()).put("/api/volunteers/" + id).then()
                .statusCode(200);
        as(coordinator).header("If-Match", "*").body(aVolunteer().named("Star").build()).put("/api/volunteers/" + id)
                .then().statusCode(200).body("name", equalTo("Star")).header("ETag", equalTo("\"2\""));
    }

    @Test
    void weakETagNeverMatches() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(coordinator).header("If-Match", "W/\"0\"").body(aVolunteer().build())
                .put("/api/volunteers/" + id).then(), 400, "validation-failed");
    }

    @Test
    void missingIfMatchAnswers428() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(coordinator).body(aVolunteer().build()).put("/api/volunteers/" + id).then(), 428,
                "precondition-required");
    }

    @Test
    void garbledIfMatchAnswers400() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(coordinator).header("If-Match", "\"abc\"").body(aVolunteer().build())
                .put("/api/volunteers/" + id).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("If-Match"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "status", "version", "organisations", "subject", "createdAt", "accountLinked"})
    void serverOwnedFieldSentByClientIsRefusedAndNothingIsStored(String field) {
        long before = countNamed("Sneaky " + field);
        problem(as(coordinator).body(aVolunteer().named("Sneaky " + field).with(field, "x").build())
                .post("/api/volunteers").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo("is not a field you can set"));
        org.assertj.core.api.Assertions.assertThat(countNamed("Sneaky " + field)).isEqualTo(before);
    }

    @Test
    void everyInvalidFieldIsListed() {
        problem(as(coordinator).body(aVolunteer()
                .named("")
                .with("email", "not-an-email")
                .with("phone", "call me")
                .with("birthYear", 1800)
                .with("maxTravelKm", -1)
                .with("capacity", 99)
                .with("languages", List.of("dutch"))
                .withTalent("driving", 4)
                .build()).post("/api/volunteers").then(), 400, "validation-failed")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "email", "phone", "birthYear",
                        "maxTravelKm", "capacity", "languages[0]", "talents[0].level"));
    }

    @Test
    void missingRequiredFieldsAreListed() {
        problem(as(coordinator).body(Map.of()).post("/api/volunteers").then(), 400, "validation-failed")
                .body("errors.field", org.hamcrest.Matchers.hasItems("name", "homeKern", "maxTravelKm", "capacity"));
    }

    @Test
    void overLongNameIsRefused() {
        problem(as(coordinator).body(aVolunteer().named("x".repeat(121)).build()).post("/api/volunteers").then(),
                400, "validation-failed").body("errors[0].field", equalTo("name"));
    }

    @Test
    void wrongTypeIsRefusedWithTheField() {
        problem(as(coordinator).body(aVolunteer().with("maxTravelKm", "far").build()).post("/api/volunteers")
                .then(), 400, "validation-failed").body("errors[0].field", equalTo("maxTravelKm"));
        problem(as(coordinator).body(aVolunteer().with("availability", List.of("FRIDAY_NIGHT")).build())
                .post("/api/volunteers").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("availability[0]"));
    }

    @Test
    void malformedJsonIsRefused() {
        problem(as(coordinator).body("{\"name\": \"Anna\",").post("/api/volunteers").then(), 400,
                "malformed-request");
        problem(as(coordinator).body("[]").post("/api/volunteers").then(), 400, "malformed-request");
    }

    @Test
    void nonJsonBodyIsRefused() {
        problem(as(coordinator).contentType("text/plain").body("name=Anna").post("/api/volunteers").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void unknownKernTalentOrThemeAnswers422AndNothingIsStored() {
        long before = countNamed("Unknown Codes");
        problem(as(coordinator).body(aVolunteer().named("Unknown Codes").inKern("atlantis").build())
                .post("/api/volunteers").then(), 422, "unprocessable").body("errors[0].field", equalTo("homeKern"));
        problem(as(coordinator).body(aVolunteer().named("Unknown Codes").withTalent("juggling", 1).build())
                .post("/api/volunteers").then(), 422, "unprocessable")
                .body("errors[0].field", equalTo("talents[0].code"));
        problem(as(coordinator).body(aVolunteer().named("Unknown Codes").with("themes", List.of("sports")).build())
                .post("/api/volunteers").then(), 422, "unprocessable").body("errors[0].field", equalTo("themes[0]"));
        org.assertj.core.api.Assertions.assertThat(countNamed("Unknown Codes")).isEqualTo(before);
    }

    @Test
    void duplicateTalentIsRefused() {
        problem(as(coordinator).body(aVolunteer().withTalent("driving", 1).withTalent("driving", 2).build())
                .post("/api/volunteers").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("talents[1].code"));
    }

    @Test
    void onlyCoordinatorsRegisterVolunteers() {
        Map<String, Object> body = aVolunteer().build();
        problem(anonymous().body(body).post("/api/volunteers").then(), 401, "unauthenticated");
        problem(as(Tokens.volunteer("someone")).body(body).post("/api/volunteers").then(), 403, "forbidden");
        problem(as(Tokens.partner(organisation)).body(body).post("/api/volunteers").then(), 403, "forbidden");
        problem(as(Tokens.admin()).body(body).post("/api/volunteers").then(), 403, "forbidden");
        problem(as(Tokens.service()).body(body).post("/api/volunteers").then(), 403, "forbidden");
    }

    @Test
    void coordinatorWithoutOrganisationCannotRegister() {
        problem(as(Tokens.withRoles("lonely-coordinator", null, "coordinator")).body(aVolunteer().build())
                .post("/api/volunteers").then(), 403, "forbidden");
    }

    @Test
    void volunteersAndPartnersCannotReadThePool() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(Tokens.volunteer("nosy")).get("/api/volunteers/" + id).then(), 403, "forbidden");
        problem(as(Tokens.partner(organisation)).get("/api/volunteers/" + id).then(), 403, "forbidden");
        problem(as(Tokens.partner(organisation)).get("/api/volunteers").then(), 403, "forbidden");
        problem(anonymous().get("/api/volunteers/" + id).then(), 401, "unauthenticated");
    }

    @Test
    void onlyCoordinatorsChangeProfiles() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(Tokens.admin()).header("If-Match", "\"0\"").body(aVolunteer().build())
                .put("/api/volunteers/" + id).then(), 403, "forbidden");
        problem(as(Tokens.volunteer("x")).header("If-Match", "\"0\"").body(aVolunteer().build())
                .put("/api/volunteers/" + id).then(), 403, "forbidden");
    }

    @Test
    void statusStepsFollowTheLifecycle() {
        UUID id = created(coordinator, aVolunteer());
        step(id, "INTAKE").then().statusCode(200).body("status", equalTo("INTAKE"));
        step(id, "ACTIVE").then().statusCode(200).body("status", equalTo("ACTIVE"));
        step(id, "PAUSED").then().statusCode(200).body("status", equalTo("PAUSED"));
        step(id, "ACTIVE").then().statusCode(200).body("status", equalTo("ACTIVE"));
        step(id, "STOPPED").then().statusCode(200).body("status", equalTo("STOPPED"));
        problem(step(id, "ACTIVE").then(), 409, "illegal-transition").body("detail", containsString("STOPPED"));
    }

    @Test
    void illegalStatusStepAnswers409AndKeepsTheStatus() {
        UUID id = created(coordinator, aVolunteer());
        problem(step(id, "ACTIVE").then(), 409, "illegal-transition");
        problem(step(id, "PAUSED").then(), 409, "illegal-transition");
        as(coordinator).get("/api/volunteers/" + id).then().body("status", equalTo("APPLIED"));
    }

    @Test
    void statusStepChecksIfMatchWhenSent() {
        UUID id = created(coordinator, aVolunteer());
        as(coordinator).header("If-Match", "\"0\"").body(aVolunteer().build()).put("/api/volunteers/" + id);
        problem(as(coordinator).header("If-Match", "\"0\"").body(Map.of("status", "INTAKE"))
                .post("/api/volunteers/" + id + "/status").then(), 412, "precondition-failed");
    }

    @Test
    void unknownStatusIsRefused() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(coordinator).body(Map.of("status", "RETIRED")).post("/api/volunteers/" + id + "/status").then(),
                400, "validation-failed").body("errors[0].field", equalTo("status"));
    }

    @Test
    void volunteerCannotStepStatus() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(Tokens.volunteer("self")).body(Map.of("status", "INTAKE"))
                .post("/api/volunteers/" + id + "/status").then(), 403, "forbidden");
    }

    @Test
    void coordinatorManagesMembershipOfOwnOrganisationOnly() {
        UUID id = created(coordinator, aVolunteer());
        String other = Tokens.coordinator("library");
        as(other).put("/api/volunteers/" + id + "/memberships/library").then().statusCode(200)
                .body("organisations", contains("library", organisation));
        problem(as(other).delete("/api/volunteers/" + id + "/memberships/" + organisation).then(), 403, "forbidden");
        problem(as(other).put("/api/volunteers/" + id + "/memberships/" + organisation).then(), 403, "forbidden");
        as(other).delete("/api/volunteers/" + id + "/memberships/library").then().statusCode(200)
                .body("organisations", contains(organisation));
        problem(as(other).delete("/api/volunteers/" + id + "/memberships/library").then(), 404, "not-found");
    }

    @Test
    void joiningTwiceChangesNothingTheSecondTime() {
        UUID id = created(coordinator, aVolunteer());
        String library = Tokens.coordinator("library");
        as(library).put("/api/volunteers/" + id + "/memberships/library").then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        as(library).put("/api/volunteers/" + id + "/memberships/library").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("organisations", hasSize(2));
    }

    @Test
    void listFiltersCombine() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID match = created(coordinator, aVolunteer().named("Filter " + tag + " match").inKern("vreeland")
                .withTalent("driving", 3).availableIn("WED_AFTERNOON"));
        created(coordinator, aVolunteer().named("Filter " + tag + " low level").inKern("vreeland")
                .withTalent("driving", 1).availableIn("WED_AFTERNOON"));
        created(coordinator, aVolunteer().named("Filter " + tag + " other kern").inKern("breukelen")
                .withTalent("driving", 3).availableIn("WED_AFTERNOON"));
        created(coordinator, aVolunteer().named("Filter " + tag + " not free").inKern("vreeland")
                .withTalent("driving", 3).availableIn("WED_MORNING"));

        as(coordinator).queryParam("q", tag).queryParam("kern", "vreeland").queryParam("talent", "driving")
                .queryParam("minLevel", 2).queryParam("freeIn", "WED_AFTERNOON")
                .get("/api/volunteers")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(match.toString()))
                .body("items[0].email", nullValue());
        as(coordinator).queryParam("q", tag.toUpperCase()).get("/api/volunteers").then().body("total", equalTo(4));
        as(coordinator).queryParam("q", tag).queryParam("organisation", organisation).queryParam("status", "APPLIED")
                .get("/api/volunteers").then().body("total", equalTo(4));
        as(coordinator).queryParam("q", tag).queryParam("organisation", "nobody").get("/api/volunteers")
                .then().body("total", equalTo(0));
    }

    @Test
    void listPagesInNameOrder() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of("Cees", "Anna", "Bert")) {
            created(coordinator, aVolunteer().named(name + " " + tag));
        }
        as(coordinator).queryParam("q", tag).queryParam("size", 2).get("/api/volunteers")
                .then().body("total", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("items.name", contains("Anna " + tag, "Bert " + tag));
        as(coordinator).queryParam("q", tag).queryParam("size", 2).queryParam("page", 1).get("/api/volunteers")
                .then().body("items.name", contains("Cees " + tag));
    }

    @Test
    void badListParametersAnswer400() {
        problem(as(coordinator).queryParam("size", 0).get("/api/volunteers").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("size"));
        problem(as(coordinator).queryParam("size", 500).get("/api/volunteers").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("size"));
        problem(as(coordinator).queryParam("page", -1).get("/api/volunteers").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("page"));
        problem(as(coordinator).queryParam("minLevel", 2).get("/api/volunteers").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("minLevel"));
        // a value that does not convert to the parameter's type: 400 too, not Quarkus REST's 404
        problem(as(coordinator).queryParam("freeIn", "NOON").get("/api/volunteers").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("freeIn"));
        problem(as(coordinator).queryParam("status", "SLEEPING").get("/api/volunteers").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("status"));
        problem(as(coordinator).queryParam("page", "abc").get("/api/volunteers").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void coordinatorGetsACandidateListWithNamesAndContactInOneCallOrderedByName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID cees = created(coordinator, aVolunteer().named("Cees " + tag).with("email", "cees@example.org"));
        UUID anna = created(coordinator, aVolunteer().named("Anna " + tag).with("email", "anna@example.org")
                .with("phone", "+31 6 11111111"));
        UUID bert = created(coordinator, aVolunteer().named("Bert " + tag).without("phone"));
        created(coordinator, aVolunteer().named("Dirk " + tag));

        // their own organisation's volunteers: with contact details (ContactVisibilityTest: whose else)
        as(coordinator).queryParam("id", cees, bert, anna, cees).get("/api/volunteers")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("items.id", contains(anna.toString(), bert.toString(), cees.toString()))
                .body("items.name", contains("Anna " + tag, "Bert " + tag, "Cees " + tag))
                .body("items[0].email", equalTo("anna@example.org"))
                .body("items[0].phone", equalTo("+31 6 11111111"))
                .body("items[1].email", equalTo("volunteer@example.org"))
                .body("items[1]", not(hasKey("phone")))
                .body("items[2].email", equalTo("cees@example.org"));
        as(Tokens.admin()).queryParam("id", anna).get("/api/volunteers")
                .then().statusCode(200).body("items.name", contains("Anna " + tag));
    }

    @Test
    void aCandidateListLongerThanTheDefaultPageComesInOneCall() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(created(coordinator, aVolunteer().named("Long " + tag + " " + (char) ('a' + i))));
        }
        as(coordinator).queryParam("id", ids.toArray()).get("/api/volunteers")
                .then().statusCode(200)
                .body("total", equalTo(25)).body("size", equalTo(25)).body("items", hasSize(25))
                .body("items[0].name", equalTo("Long " + tag + " a"))
                .body("items[24].name", equalTo("Long " + tag + " y"));
    }

    @Test
    void unknownAndErasedIdsAreAbsentFromTheCandidateList() {
        UUID kept = created(coordinator, aVolunteer());
        UUID erased = created(coordinator, aVolunteer());
        as(Tokens.admin()).delete("/api/volunteers/" + erased).then().statusCode(204);
        as(coordinator).queryParam("id", UUID.randomUUID(), kept, erased).get("/api/volunteers")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(kept.toString()));
        as(coordinator).queryParam("id", UUID.randomUUID()).get("/api/volunteers")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void idsCombineWithTheOtherFiltersAndPaging() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID vreeland = created(coordinator, aVolunteer().named("Anna " + tag).inKern("vreeland"));
        UUID breukelen = created(coordinator, aVolunteer().named("Bert " + tag).inKern("breukelen"));
        UUID other = created(coordinator, aVolunteer().named("Cees " + tag).inKern("vreeland"));
        as(coordinator).queryParam("id", vreeland, breukelen).queryParam("kern", "vreeland").get("/api/volunteers")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(vreeland.toString()));
        as(coordinator).queryParam("id", vreeland, breukelen, other).queryParam("size", 2).queryParam("page", 1)
                .get("/api/volunteers")
                .then().statusCode(200).body("total", equalTo(3)).body("size", equalTo(2))
                .body("items.name", contains("Cees " + tag));
    }

    @Test
    void malformedIdAnswers400NamingTheField() {
        UUID id = created(coordinator, aVolunteer());
        for (String bad : List.of("not-a-uuid", " ", "1-1-1-1-1", id + "x", "{" + id + "}")) {
            problem(as(coordinator).queryParam("id", id.toString(), bad).get("/api/volunteers").then()
                    .onFailMessage("id=" + bad), 400, "validation-failed")
                    .body("errors[0].field", equalTo("id"));
        }
    }

    @Test
    void moreIdsThanTheLimitAnswer400() {
        Object[] hundred = java.util.stream.Stream.generate(UUID::randomUUID).limit(100).toArray();
        as(coordinator).queryParam("id", hundred).get("/api/volunteers")
                .then().statusCode(200).body("total", equalTo(0));
        Object[] tooMany = java.util.stream.Stream.generate(UUID::randomUUID).limit(101).toArray();
        problem(as(coordinator).queryParam("id", tooMany).get("/api/volunteers").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", containsString("100"));
    }

    @Test
    void rolesThatCannotListVolunteersCannotAskByIdEither() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(Tokens.volunteer("nosy")).queryParam("id", id).get("/api/volunteers").then(), 403, "forbidden");
        problem(as(Tokens.partner(organisation)).queryParam("id", id).get("/api/volunteers").then(), 403,
                "forbidden");
        problem(as(Tokens.service()).queryParam("id", id).get("/api/volunteers").then(), 403,
                "forbidden");
        problem(anonymous().queryParam("id", id).get("/api/volunteers").then(), 401, "unauthenticated");
    }

    @Test
    void likeWildcardsInSearchAreLiteral() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        created(coordinator, aVolunteer().named("Percent " + tag));
        as(coordinator).queryParam("q", "%" + tag).get("/api/volunteers").then().body("total", equalTo(0));
        as(coordinator).queryParam("q", "_ercent " + tag).get("/api/volunteers").then().body("total", equalTo(0));
    }

    @Test
    void problemAnswersCarryTheRequestPath() {
        problem(as(coordinator).get("/api/volunteers/" + UUID.randomUUID()).then(), 404, "not-found")
                .body("instance", org.hamcrest.Matchers.startsWith("/api/volunteers/"))
                .body("title", notNullValue());
        as(coordinator).header("X-Request-Id", "test-request-42").get("/api/volunteers/" + UUID.randomUUID())
                .then().header("X-Request-Id", equalTo("test-request-42"));
        as(coordinator).get("/api/volunteers").then().header("X-Request-Id", notNullValue());
        problem(as(coordinator).get("/api/nothing-here").then(), 404, "not-found")
                .body("instance", endsWith("/api/nothing-here"));
        as(coordinator).get("/api/volunteers").then().body("items.status", hasItem("APPLIED"));
    }

    private io.restassured.response.Response step(UUID id, String status) {
        return as(coordinator).body(Map.of("status", status)).post("/api/volunteers/" + id + "/status");
    }

    private long countNamed(String name) {
        return as(coordinator).queryParam("q", name).get("/api/volunteers").then().statusCode(200).extract()
                .<Integer>path("total");
    }
}
