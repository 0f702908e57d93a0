package nl.talentenbureau.volunteer.volunteer;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.Api.etagOf;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;

/**
 * A volunteer's e-mail and phone reach a coordinator only of one of their organisations, of an organisation with a
 * proposed or live match with them ({@code MatchFeedContactTest}), or with their consent CONTACT_BY_COORDINATORS; an
 * admin always. Everyone else sees the pool as matching does.
 */
@QuarkusTest
class ContactVisibilityTest {

    private final String home = "cv-home-" + UUID.randomUUID().toString().substring(0, 8);
    private final String other = "cv-other-" + UUID.randomUUID().toString().substring(0, 8);
    private final String homeCoordinator = Tokens.coordinator(home);
    private final String otherCoordinator = Tokens.coordinator(other);

    @Test
    void aCoordinatorOfAnotherOrganisationDoesNotSeeContactDetailsWithoutConsent() {
        UUID id = created(homeCoordinator, aVolunteer().with("email", "kees@example.org"));

        as(otherCoordinator).get("/api/volunteers/" + id).then().statusCode(200)
                .body("name", not(nullValue()))
                .body("homeKern", equalTo("breukelen"))
                .body("email", nullValue())
                .body("phone", nullValue())
                .body("contactWithheld", equalTo(true));
        as(otherCoordinator).queryParam("id", id.toString()).get("/api/volunteers").then().statusCode(200)
                .body("items[0].id", equalTo(id.toString()))
                .body("items[0]", not(hasKey("email")))
                .body("items[0]", not(hasKey("phone")));
    }

    @Test
    void membersAndAdminsSeeContactDetails() {
        UUID id = created(homeCoordinator, aVolunteer().with("email", "riet@example.org"));

        as(homeCoordinator).get("/api/volunteers/" + id).then().statusCode(200)
                .body("email", equalTo("riet@example.org")).body("contactWithheld", equalTo(false));
        as(Tokens.admin()).get("/api/volunteers/" + id).then().statusCode(200)
                .body("email", equalTo("riet@example.org")).body("phone", equalTo("+31 6 12345678"));
        as(Tokens.admin()).queryParam("id", id.toString()).get("/api/volunteers").then()
                .body("items[0].email", equalTo("riet@example.org"));
    }

    @Test
    void consentToBeContactedOpensContactDetailsToEveryCoordinatorAndWithdrawingItClosesThem() {
        UUID id = created(homeCoordinator, aVolunteer().with("email", "joke@example.org"));
        as(homeCoordinator).put("/api/volunteers/" + id + "/consents/CONTACT_BY_COORDINATORS").then()
                .statusCode(200);

        as(otherCoordinator).get("/api/volunteers/" + id).then().body("email", equalTo("joke@example.org"));
        as(otherCoordinator).queryParam("id", id.toString()).get("/api/volunteers").then()
                .body("items[0].phone", equalTo("+31 6 12345678"));

        as(homeCoordinator).delete("/api/volunteers/" + id + "/consents/CONTACT_BY_COORDINATORS").then()
                .statusCode(200);
        as(otherCoordinator).get("/api/volunteers/" + id).then().body("email", nullValue());
    }

    @Test
    void aCandidateListByIdShowsContactDetailsOnlyOfThoseTheCallerMaySee() {
        UUID own = created(otherCoordinator, aVolunteer().with("email", "own@example.org"));
        UUID foreign = created(homeCoordinator, aVolunteer().with("email", "foreign@example.org"));

        as(otherCoordinator).queryParam("id", own.toString(), foreign.toString()).get("/api/volunteers").then()
                .statusCode(200)
                .body("items.find { it.id == '" + own + "' }.email", equalTo("own@example.org"))
                .body("items.find { it.id == '" + foreign + "' }", not(hasKey("email")));
    }

    @Test
    void everyAnswerWithTheProfileWithholdsContactDetailsFromThoseWhoMayNotSeeThem() {
        UUID id = created(homeCoordinator, aVolunteer());
        as(otherCoordinator).body(Map.of("status", "INTAKE"))
                .post("/api/volunteers/" + id + "/status").then().statusCode(200)
                .body("email", nullValue()).body("phone", nullValue());
    }

    @Test
    void aCoordinatorWhoMayNotSeeContactDetailsCannotSetThemAndAReplaceKeepsTheStoredOnes() {
        UUID id = created(homeCoordinator, aVolunteer().with("email", "anna@example.org"));

        // sending any value is refused, so a guess cannot be confirmed either
        problem(as(otherCoordinator).header("If-Match", etagOf(otherCoordinator, "/api/volunteers/" + id))
                .body(aVolunteer().with("email", "anna@example.org").build())
                .put("/api/volunteers/" + id).then(), 403, "forbidden");

        // what they read back (no e-mail, no phone) leaves the stored ones as they are
        as(otherCoordinator).header("If-Match", etagOf(otherCoordinator, "/api/volunteers/" + id))
                .body(aVolunteer().named("Anna de Vries").without("email").without("phone").build())
                .put("/api/volunteers/" + id).then().statusCode(200)
                .body("name", equalTo("Anna de Vries")).body("email", nullValue());
        as(homeCoordinator).get("/api/volunteers/" + id).then()
                .body("name", equalTo("Anna de Vries"))
                .body("email", equalTo("anna@example.org"))
                .body("phone", equalTo("+31 6 12345678"));
    }
}
