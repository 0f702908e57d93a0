package nl.talentenbureau.volunteer.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.volunteer.support.MatchingStub;

/**
 * A volunteer's export carries what matching-service holds on them (matches, hours, reasons, own feedback), asked
 * with the caller's own token; when matching cannot be asked the export still answers and says so.
 */
@QuarkusTest
class MatchingExportTest {

    static final String ONE_MATCH = """
            {"exportedAt": "2026-12-01T10:00:00Z", "matches": [
              {"id": "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f", "requestId": "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f",
               "organisation": "welzijn-stichtse-vecht", "status": "ENDED", "proposedAt": "2026-11-23T10:15:00Z",
               "answerDeadline": "2026-11-26T10:15:00Z", "decidedAt": "2026-11-24T09:00:00Z", "answerChannel": "SELF",
               "declineReason": null, "activatedAt": "2026-11-25T09:00:00Z", "closedAt": "2026-12-01T09:00:00Z",
               "endReason": "Verhuisd naar Zeist", "hoursLogged": 2.5,
               "hours": [{"id": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", "matchId": "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
                          "workedOn": "2026-11-26", "hours": 2.5, "loggedBy": "VOLUNTEER", "loggedAt": "2026-11-26T17:00:00Z"}],
               "feedback": {"side": "VOLUNTEER", "rating": 4, "comment": "Gezellig", "givenAt": "2026-12-01T10:00:00Z"},
               "addedLater": "matching may add fields"}]}""";

    @Test
    void theOwnExportCarriesMatchingsPartAskedWithTheCallersToken() {
        String me = Tokens.volunteer("volunteer-" + UUID.randomUUID());
        as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        StubMapping stub = MatchingStub.stub().register(get(urlPathEqualTo(MatchingStub.OWN_EXPORT)).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + me)).willReturn(okJson(ONE_MATCH)));
        try {
            as(me).get("/api/volunteers/me/export").then().statusCode(200)
                    .body("matching.available", is(true))
                    .body("matching.matches[0].status", is("ENDED"))
                    .body("matching.matches[0].endReason", is("Verhuisd naar Zeist"))
                    .body("matching.matches[0].hours[0].hours", is(2.5f))
                    .body("matching.matches[0].feedback.comment", is("Gezellig"));
            MatchingStub.stub().verifyThat(getRequestedFor(urlPathEqualTo(MatchingStub.OWN_EXPORT))
                    .withHeader("Authorization", equalTo("Bearer " + me)));
        } finally {
            MatchingStub.stub().removeStubMapping(stub);
        }
    }

    @Test
    void theAdminsExportAsksMatchingForThatVolunteer() {
        String id = as(Tokens.volunteer("volunteer-" + UUID.randomUUID())).body(aVolunteer().buildForSelf())
                .post("/api/volunteers/me").then().statusCode(201).extract().path("id");
        String path = MatchingStub.EXPORT_OF.formatted(id);
        String admin = Tokens.admin();
        StubMapping stub = MatchingStub.stub().register(get(urlPathEqualTo(path)).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + admin)).willReturn(okJson(ONE_MATCH)));
        try {
            as(admin).get("/api/volunteers/" + id + "/export").then().statusCode(200)
                    .body("matching.available", is(true))
                    .body("matching.matches[0].id", is("7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"));
        } finally {
            MatchingStub.stub().removeStubMapping(stub);
        }
    }

    @Test
    void whenMatchingCannotBeAskedTheExportSaysSo() {
        String me = Tokens.volunteer("volunteer-" + UUID.randomUUID());
        as(me).body(aVolunteer().buildForSelf()).post("/api/volunteers/me").then().statusCode(201);
        WireMock matching = MatchingStub.stub();
        StubMapping failing = matching.register(get(urlPathEqualTo(MatchingStub.OWN_EXPORT)).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + me)).willReturn(aResponse().withStatus(503)));
        try {
            as(me).get("/api/volunteers/me/export").then().statusCode(200)
                    .body("matching.available", is(false))
                    .body("matching.matches", empty()).body("profile.id", notNullValue());
        } finally {
            matching.removeStubMapping(failing);
        }
    }
}
