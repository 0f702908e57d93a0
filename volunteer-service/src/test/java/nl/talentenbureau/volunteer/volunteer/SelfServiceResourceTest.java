package nl.talentenbureau.volunteer.volunteer;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class SelfServiceResourceTest {

    private final String subject = "volunteer-" + UUID.randomUUID();
    private final String me = Tokens.volunteer(subject);

    @Test
    void volunteerAppliesAndReadsTheirOwnProfile() {
        problem(as(me).get("/api/volunteers/me").then(), 404, "not-found");
        as(me).body(aVolunteer().named("Mies Jansen").withTalent("groceries", 2).buildForSelf())
                .post("/api/volunteers/me")
                .then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("APPLIED")).body("capacity", equalTo(1))
                .body("accountLinked", equalTo(true)).body("organisations", hasSize(0));
        as(me).get("/api/volunteers/me").then().statusCode(200).body("name", equalTo("Mies Jansen"))
                .body("talents[0].code", equalTo("groceries"));
    }

    @Test
    void applyingTwiceAnswers409() {
        as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        problem(as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then(), 409, "conflict");
    }

    @Test
    void volunteerChangesAvailabilityTalentsAndContact() {
        as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        as(me).header("If-Match", "\"0\"")
                .body(aVolunteer().named("New Name").with("email", "new@example.org").withTalent("gardening", 3)
                        .availableIn("SAT_MORNING", "SUN_AFTERNOON").with("languages", java.util.List.of("nl", "tr"))
                        .buildForSelf())
                .put("/api/volunteers/me")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("email", equalTo("new@example.org"))
                .body("availability", contains("SAT_MORNING", "SUN_AFTERNOON"))
                .body("languages", contains("nl", "tr"))
                .body("talents[0].level", equalTo(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "capacity", "organisations", "subject", "id", "version", "screening"})
    void volunteerCannotSetCoordinatorOrServerFields(String field) {
        as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        Map<String, Object> body = aVolunteer().buildForSelf();
        body.put(field, field.equals("capacity") ? 9 : "ACTIVE");
        problem(as(me).header("If-Match", "\"0\"").body(body).put("/api/volunteers/me").then(), 400,
                "validation-failed").body("errors[0].field", equalTo(field));
        as(me).get("/api/volunteers/me").then().body("status", equalTo("APPLIED")).body("capacity", equalTo(1))
                .body("version", equalTo(0));
    }

    @Test
    void staleOwnUpdateAnswers412AndMissingIfMatch428() {
        as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        as(me).header("If-Match", "\"0\"").body(aVolunteer().named("One").buildForSelf()).put("/api/volunteers/me")
                .then().statusCode(200);
        problem(as(me).header("If-Match", "\"0\"").body(aVolunteer().named("Two").buildForSelf())
                .put("/api/volunteers/me").then(), 412, "precondition-failed");
        problem(as(me).body(aVolunteer().buildForSelf()).put("/api/volunteers/me").then(), 428,
                "precondition-required");
    }

    @Test
    void volunteerReadsOnlyTheirOwnProfile() {
        UUID someoneElse = created(Tokens.coordinator("handjehelpen"), aVolunteer());
        problem(as(me).get("/api/volunteers/" + someoneElse).then(), 403, "forbidden");
        problem(as(me).get("/api/volunteers").then(), 403, "forbidden");
        problem(as(me).header("If-Match", "\"0\"").body(aVolunteer().build())
                .put("/api/volunteers/" + someoneElse).then(), 403, "forbidden");
    }

    @Test
    void otherRolesHaveNoOwnProfile() {
        problem(as(Tokens.coordinator("handjehelpen")).get("/api/volunteers/me").then(), 403, "forbidden");
        problem(as(Tokens.partner("handjehelpen")).body(aVolunteer().buildForSelf()).post("/api/volunteers/me")
                .then(), 403, "forbidden");
        problem(as(null).get("/api/volunteers/me").then(), 401, "unauthenticated");
    }

    @Test
    void twoVolunteersNeverSeeEachOther() {
        String other = Tokens.volunteer("volunteer-" + UUID.randomUUID());
        as(me).body(aVolunteer().named("Me Myself").buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        as(other).body(aVolunteer().named("The Other").buildForSelf()).post("/api/volunteers/me").then()
                .statusCode(201);
        as(me).get("/api/volunteers/me").then().body("name", equalTo("Me Myself"));
        as(other).get("/api/volunteers/me").then().body("name", equalTo("The Other"));
    }

    @Test
    void selfRegistrationIsValidatedLikeAnyOther() {
        problem(as(me).body(aVolunteer().inKern("atlantis").buildForSelf()).post("/api/volunteers/me").then(), 422,
                "unprocessable").body("errors[0].field", equalTo("homeKern"));
        problem(as(me).body(aVolunteer().named(" ").buildForSelf()).post("/api/volunteers/me").then(), 400,
                "validation-failed").body("errors[0].field", equalTo("name"));
        problem(as(me).get("/api/volunteers/me").then(), 404, "not-found");
    }
}
