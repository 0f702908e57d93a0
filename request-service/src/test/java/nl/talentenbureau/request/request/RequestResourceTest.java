package nl.talentenbureau.request.request;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.Api.etagOf;
import static nl.talentenbureau.request.support.Api.posted;
import static nl.talentenbureau.request.support.Api.problem;
import static nl.talentenbureau.request.support.Api.step;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class RequestResourceTest {

    private final String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = Tokens.partner(org);
    private final String coordinator = Tokens.coordinator(org);
    private final String otherCoordinator = Tokens.coordinator("other-" + org);

    @Test
    void aPartnerPostsARequestOwnedByItsOrganisationWithoutSeeingTheRequesterBack() {
        as(partner).body(aRequest().build()).post("/api/requests").then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/requests/[0-9a-f-]{36}"))
                .header("ETag", notNullValue())
                .body("status", equalTo("OPEN"))
                .body("organisation", equalTo(org))
                .body("talents[0].code", equalTo("digital-help"))
                .body("schedule.type", equalTo("ONE_OFF"))
                .body("requester", nullValue());
    }

    @Test
    void coordinatorsOfTheOwningOrganisationSeeTheRequesterOthersDoNot() {
        UUID id = posted(partner, aRequest().withPhone("+31 6 22223333"));

        as(coordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("requester.phone", equalTo("+31 6 22223333"));
        as(otherCoordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("requester", nullValue());
    }

    @Test
    void theOrganisationCannotBeSetInTheBody() {
        problem(as(partner).body(aRequest().with("organisation", "someone-else").build()).post("/api/requests")
                .then(), 400, "validation-failed").body("errors[0].field", equalTo("organisation"));
        problem(as(partner).body(aRequest().with("status", "COMPLETED").build()).post("/api/requests").then(),
                400, "validation-failed");
    }

    @Test
    void everyInvalidFieldIsNamed() {
        problem(as(partner).body(aRequest().with("title", "").with("volunteersNeeded", 0)
                .with("schedule", Map.of("type", "ONE_OFF")).build()).post("/api/requests").then(), 400,
                "validation-failed")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("volunteersNeeded"));
        problem(as(partner).body(aRequest().with("schedule", Map.of("type", "ONE_OFF")).build())
                .post("/api/requests").then(), 400, "validation-failed")
                .body("errors.field", hasItem("schedule.date"))
                .body("errors.field", hasItem("schedule.dayParts"));
    }

    @Test
    void unknownOrRetiredCodesAnswer422() {
        problem(as(partner).body(aRequest().inKern("atlantis").build()).post("/api/requests").then(), 422,
                "unprocessable").body("errors[0].field", equalTo("kern"));
        problem(as(partner).body(aRequest().needingTalent("typewriter-repair", 1).build()).post("/api/requests")
                .then(), 422, "unprocessable").body("errors[0].field", equalTo("talents[1].code"));
        problem(as(partner).body(aRequest().with("trainings", List.of("telex")).build()).post("/api/requests")
                .then(), 422, "unprocessable").body("errors[0].field", equalTo("trainings[0]"));
    }

    /** One alias longer than a consumer stores once stopped matching's request projection: refused at intake. */
    @Test
    void anOrganisationAliasLongerThanEveryConsumerStoresIsRefusedWith422() {
        String longest = "o".repeat(RequestIntake.ORGANISATION_MAX_LENGTH - org.length()) + org;
        String tooLong = "x" + longest;

        problem(as(Tokens.partner(tooLong)).body(aRequest().build()).post("/api/requests").then(), 422,
                "unprocessable").body("errors[0].field", equalTo("organisation"));
        as(Tokens.partner(tooLong)).get("/api/requests").then().statusCode(200).body("items", equalTo(List.of()));
        as(Tokens.partner(longest)).body(aRequest().build()).post("/api/requests").then().statusCode(201)
                .body("organisation", equalTo(longest));
    }

    @Test
    void aRecurringRequestKeepsItsWeeklySlots() {
        as(coordinator).body(aRequest().recurring(List.of("TUE_MORNING", "THU_AFTERNOON"), LocalDate.now(), 2)
                .build()).post("/api/requests").then().statusCode(201)
                .body("schedule.type", equalTo("RECURRING"))
                .body("schedule.slots", equalTo(List.of("TUE_MORNING", "THU_AFTERNOON")))
                .body("schedule.hoursPerTime", equalTo(2.0f))
                .body("requester.name", equalTo("Mevrouw Test"));
    }

    @Test
    void theLifecycleRunsToCompletedAndRefusesIllegalStepsWith409() {
        UUID id = posted(partner, aRequest());

        problem(as(coordinator).body(Map.of("status", "COMPLETED")).post("/api/requests/" + id + "/status")
                .then(), 409, "illegal-transition");
        step(coordinator, id, "MATCHED");
        step(coordinator, id, "IN_PROGRESS");
        as(coordinator).body(Map.of("status", "COMPLETED")).post("/api/requests/" + id + "/status").then()
                .statusCode(200).body("status", equalTo("COMPLETED")).body("endedAt", notNullValue());
        problem(as(coordinator).body(Map.of("status", "CANCELLED")).post("/api/requests/" + id + "/status")
                .then(), 409, "illegal-transition");
    }

    @Test
    void nobodyStepsARequestToExpired() {
        UUID id = posted(partner, aRequest());

        problem(as(coordinator).body(Map.of("status", "EXPIRED")).post("/api/requests/" + id + "/status")
                .then(), 409, "illegal-transition");
    }

    @Test
    void aPartnerMayCancelButNotMatch() {
        UUID id = posted(partner, aRequest());

        problem(as(partner).body(Map.of("status", "MATCHED")).post("/api/requests/" + id + "/status").then(),
                403, "forbidden");
        as(partner).body(Map.of("status", "CANCELLED")).post("/api/requests/" + id + "/status").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aChangeNeedsTheCurrentETag() {
        UUID id = posted(partner, aRequest());
        String etag = etagOf(partner, "/api/requests/" + id);

        problem(as(partner).body(aRequest().build()).put("/api/requests/" + id).then(), 428,
                "precondition-required");
        as(partner).header("If-Match", etag).body(aRequest().with("title", "Nieuwe titel").build())
                .put("/api/requests/" + id).then().statusCode(200).body("title", equalTo("Nieuwe titel"))
                .header("ETag", not(equalTo(etag)));
        problem(as(partner).header("If-Match", etag).body(aRequest().build()).put("/api/requests/" + id).then(),
                412, "precondition-failed");
    }

    @Test
    void aRequestThatIsNoLongerOpenCannotBeChanged() {
        UUID id = posted(partner, aRequest());
        step(coordinator, id, "MATCHED");

        problem(as(partner).header("If-Match", "*").body(aRequest().build()).put("/api/requests/" + id).then(),
                409, "conflict");
    }

    @Test
    void coordinatorsFilterTheListAndPartnersSeeOnlyTheirOwn() {
        posted(partner, aRequest().inKern("dronten").with("urgency", "HIGH"));
        posted(Tokens.partner("other-" + org), aRequest().inKern("dronten").with("urgency", "HIGH"));

        as(coordinator).queryParam("organisation", org).queryParam("kern", "dronten")
                .queryParam("urgency", "HIGH").get("/api/requests").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].organisation", equalTo(org));
        as(partner).queryParam("kern", "dronten").get("/api/requests").then().statusCode(200)
                .body("items.organisation", everyItem(equalTo(org)));
        as(coordinator).queryParam("organisation", org).queryParam("createdFrom", "2999-01-01T00:00:00Z")
                .get("/api/requests").then().statusCode(200).body("total", equalTo(0));
        problem(as(coordinator).queryParam("createdFrom", "yesterday").get("/api/requests").then(), 400,
                "validation-failed");
    }

    @Test
    void volunteersSeeOpenRequestsOnlyAnonymised() {
        UUID id = posted(partner, aRequest());

        as(Tokens.volunteer("vol-" + org)).get("/api/requests/open/" + id).then().statusCode(200)
                .body("id", equalTo(id.toString()))
                .body("organisation", nullValue())
                .body("description", nullValue())
                .body("requester", nullValue());
        step(coordinator, id, "MATCHED");
        problem(as(Tokens.volunteer("vol-" + org)).get("/api/requests/open/" + id).then(), 404, "not-found");
    }

    @Test
    void theRequesterCanBeExportedAndErasedByTheOwningCoordinator() {
        UUID id = posted(partner, aRequest().withPhone("+31 6 44445555"));

        as(coordinator).get("/api/requests/" + id + "/requester").then().statusCode(200)
                .body("requester.phone", equalTo("+31 6 44445555")).body("request.id", equalTo(id.toString()));
        problem(as(otherCoordinator).get("/api/requests/" + id + "/requester").then(), 403, "forbidden");
        as(coordinator).delete("/api/requests/" + id + "/requester").then().statusCode(204);
        as(coordinator).get("/api/requests/" + id).then().statusCode(200)
                .body("requester.phone", nullValue()).body("requester.erasedAt", notNullValue());
    }
}
