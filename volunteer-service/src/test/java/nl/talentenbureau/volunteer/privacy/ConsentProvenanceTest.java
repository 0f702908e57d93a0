package nl.talentenbureau.volunteer.privacy;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

/**
 * Who gave or withdrew a consent, in which role, through which channel and when is recorded; a coordinator records
 * for volunteers of their own organisation only and cannot undo a withdrawal the volunteer made themselves; the
 * volunteer reads the whole history.
 */
@QuarkusTest
class ConsentProvenanceTest {

    private final String org = "cp-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.coordinator(org);

    @Test
    void aCoordinatorCannotGiveAgainAConsentTheVolunteerWithdrewThemselves() {
        Member anna = member();
        as(anna.token).put("/api/volunteers/me/consents/MATCHING").then().statusCode(200);
        as(anna.token).delete("/api/volunteers/me/consents/MATCHING").then().statusCode(200);

        problem(as(coordinator).put("/api/volunteers/" + anna.id + "/consents/MATCHING").then(), 409, "conflict")
                .body("detail", containsString("withdrew consent MATCHING themselves"));
        as(anna.token).get("/api/volunteers/me").then()
                .body("consents.find { it.purpose == 'MATCHING' }.active", equalTo(false));

        // only she can give it again
        as(anna.token).put("/api/volunteers/me/consents/MATCHING").then().statusCode(200)
                .body("active", equalTo(true));
    }

    @Test
    void aCoordinatorMayGiveAgainWhatTheyRecordedAsWithdrawnForTheVolunteer() {
        UUID id = created(coordinator, aVolunteer());
        as(coordinator).put("/api/volunteers/" + id + "/consents/MATCHING").then().statusCode(200);
        as(coordinator).queryParam("channel", "PHONE").delete("/api/volunteers/" + id + "/consents/MATCHING")
                .then().statusCode(200).body("active", equalTo(false));
        as(coordinator).queryParam("channel", "IN_PERSON").put("/api/volunteers/" + id + "/consents/MATCHING")
                .then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void aCoordinatorOfAnotherOrganisationRecordsNoConsent() {
        UUID id = created(coordinator, aVolunteer());
        as(coordinator).put("/api/volunteers/" + id + "/consents/MATCHING").then().statusCode(200);
        String stranger = Tokens.coordinator("cp-other-" + UUID.randomUUID().toString().substring(0, 8));

        problem(as(stranger).put("/api/volunteers/" + id + "/consents/NEWSLETTER").then(), 403, "forbidden");
        problem(as(stranger).delete("/api/volunteers/" + id + "/consents/MATCHING").then(), 403, "forbidden");
        as(coordinator).get("/api/volunteers/" + id).then().body("consents", hasSize(1))
                .body("consents[0].active", equalTo(true));
    }

    @Test
    void aCoordinatorCannotRecordAChangeAsTheVolunteersOwn() {
        UUID id = created(coordinator, aVolunteer());
        problem(as(coordinator).queryParam("channel", "SELF").put("/api/volunteers/" + id + "/consents/MATCHING")
                .then(), 400, "validation-failed");
        as(coordinator).get("/api/volunteers/" + id).then().body("consents", hasSize(0));
    }

    @Test
    void theVolunteerSeesWhoChangedTheirConsentsHowAndWhen() {
        Member bram = member();
        as(bram.token).put("/api/volunteers/me/consents/MATCHING").then().statusCode(200);
        as(coordinator).queryParam("channel", "PHONE").delete("/api/volunteers/" + bram.id + "/consents/MATCHING")
                .then().statusCode(200);
        as(coordinator).put("/api/volunteers/" + bram.id + "/consents/NEWSLETTER").then().statusCode(200);
        // idempotent calls change nothing, so they record nothing
        as(coordinator).put("/api/volunteers/" + bram.id + "/consents/NEWSLETTER").then().statusCode(200);

        as(bram.token).get("/api/volunteers/me/consents/history").then().statusCode(200)
                .body("purpose", contains("MATCHING", "MATCHING", "NEWSLETTER"))
                .body("action", contains("GIVEN", "WITHDRAWN", "GIVEN"))
                .body("channel", contains("SELF", "PHONE", "PAPER"))
                .body("recordedBy", contains("VOLUNTEER", "COORDINATOR", "COORDINATOR"))
                .body("[0].organisation", nullValue())
                .body("[1].organisation", equalTo(org))
                .body("[1].at", notNullValue());
        as(bram.token).get("/api/volunteers/me/export").then().statusCode(200)
                .body("consentHistory", hasSize(3));
    }

    @Test
    void onlyTheVolunteerReadsTheirOwnHistory() {
        problem(as(coordinator).get("/api/volunteers/me/consents/history").then(), 403, "forbidden");
        problem(as(Tokens.volunteer("nobody-" + UUID.randomUUID())).get("/api/volunteers/me/consents/history")
                .then(), 404, "not-found");
    }

    private record Member(String token, String id) {
    }

    /** A volunteer who applied with their own account and whom the coordinator took into their organisation. */
    private Member member() {
        String token = Tokens.volunteer("volunteer-" + UUID.randomUUID());
        String id = as(token).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201)
                .extract().path("id");
        as(coordinator).put("/api/volunteers/" + id + "/memberships/" + org).then().statusCode(200);
        return new Member(token, id);
    }
}
