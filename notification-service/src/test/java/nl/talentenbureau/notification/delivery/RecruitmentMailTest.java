package nl.talentenbureau.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.notification.support.Events;
import nl.talentenbureau.notification.support.Mailbox;
import nl.talentenbureau.notification.support.Services;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.follower.FollowedEvent;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * An applicant is told every step by mail, in Dutch: the confirmation link, received, the intake appointment, welcome
 * or declined with the reason; someone who signed up for an event gets a confirmation link and, after the event, an
 * invitation to apply. The feed carries ids only: name, address and facts are read at send time, and an applicant
 * deleted unconfirmed (404) or confirmed already is skipped with the reason.
 */
@QuarkusTest
class RecruitmentMailTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    FeedFollowers followers;

    private static Map<String, Object> letter(String name, String email, String status, String token) {
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("kind", "APPLICATION");
        letter.put("name", name);
        letter.put("email", email);
        letter.put("status", status);
        letter.put("confirmToken", token);
        letter.put("vacancyTitle", "Digicoach in de bibliotheek");
        letter.put("organisation", "welzijn-stichtse-vecht");
        letter.put("kern", "breukelen");
        return letter;
    }

    @Test
    void anApplicantIsToldEveryStepInDutchWithTheConfirmationLink() {
        UUID els = UUID.randomUUID();
        String address = "els-" + run + "@example.nl";
        String token = "q3J0c2x2bU5hZ0pQbE9hS1RqY3Z4d0ZtY1ZkV2JwYQA";
        Services.applicant(els, letter("Els Bakker", address, "SUBMITTED", token));
        FollowedEvent submitted = Events.application(els, 0, "ApplicationSubmitted");
        followers.catchUp("recruitment");
        Map<String, String> confirm = Mailbox.await(address, 1).getFirst();
        assertThat(confirm.get("kind")).isEqualTo("APPLICATION_CONFIRM");
        assertThat(confirm.get("language")).isEqualTo("nl");
        assertThat(confirm.get("subject")).isEqualTo("Bevestig uw aanmelding als vrijwilliger");
        assertThat(confirm.get("text")).contains("Beste Els Bakker,").contains("\"Digicoach in de bibliotheek\"")
                .contains("/solliciteren/bevestigen?token=" + token).contains("binnen een dag");

        Map<String, Object> confirmed = letter("Els Bakker", address, "CONFIRMED", null);
        Services.applicant(els, confirmed);
        Events.application(els, 1, "ApplicationConfirmed");
        Map<String, Object> intake = new LinkedHashMap<>(letter("Els Bakker", address, "INTAKE", null));
        intake.put("intakeAt", "2027-02-18T10:00:00+01:00");
        intake.put("intakeWith", "Marieke");
        followers.catchUp("recruitment");
        Mailbox.await(address, 2);
        Services.applicant(els, intake);
        Events.application(els, 2, "ApplicationIntakePlanned");
        followers.catchUp("recruitment");
        Mailbox.await(address, 3);
        Services.applicant(els, letter("Els Bakker", address, "ACTIVE", null));
        Events.application(els, 3, "ApplicationAccepted");
        // the same event once more (a page applied again): no second mail
        Events.application(els, 3, "ApplicationAccepted");
        followers.catchUp("recruitment");
        List<Map<String, String>> mails = Mailbox.await(address, 4);
        Log.infof("applicant's mails: %s", mails.stream().map(m -> m.get("kind") + " \"" + m.get("subject") + "\"")
                .toList());

        assertThat(mails).extracting(m -> m.get("kind")).containsExactly("APPLICATION_CONFIRM",
                "APPLICATION_RECEIVED", "INTAKE_PLANNED", "APPLICATION_ACCEPTED");
        assertThat(mails.get(2).get("subject")).isEqualTo("Kennismaken op donderdag 18 februari 2027, 10:00");
        assertThat(mails.get(2).get("text")).contains("Met: Marieke");
        assertThat(mails.get(3).get("subject")).isEqualTo("Welkom als vrijwilliger!");
        assertThat(mails).allSatisfy(m -> assertThat(m.get("language")).isEqualTo("nl"));
        assertThat(submitted.payload().toString()).doesNotContain("Els").doesNotContain("@");
    }

    @Test
    void aDeclineSaysWhyAndAGoneOrConfirmedApplicantIsSkipped() {
        UUID declined = UUID.randomUUID();
        String address = "decl-" + run + "@example.nl";
        Map<String, Object> letter = letter("Piet", address, "DECLINED", null);
        letter.put("declineReason", "We hebben nu geen plek die bij u past.");
        Services.applicant(declined, letter);
        Events.application(declined, 4, "ApplicationDeclined");
        UUID gone = UUID.randomUUID();
        Services.applicantGone(gone);
        Events.application(gone, 0, "ApplicationSubmitted");
        UUID alreadyConfirmed = UUID.randomUUID();
        Services.applicant(alreadyConfirmed, letter("Jan", "jan-" + run + "@example.nl", "CONFIRMED", null));
        Events.application(alreadyConfirmed, 0, "ApplicationSubmitted");
        followers.catchUp("recruitment");

        Map<String, String> mail = Mailbox.await(address, 1).getFirst();
        assertThat(mail.get("kind")).isEqualTo("APPLICATION_DECLINED");
        assertThat(mail.get("text")).contains("Reden: We hebben nu geen plek die bij u past.");
        Awaitility.await().until(() -> skipReasons(gone).size() == 1 && skipReasons(alreadyConfirmed).size() == 1);
        assertThat(skipReasons(gone)).containsExactly("applicant unknown, deleted unconfirmed or erased");
        assertThat(skipReasons(alreadyConfirmed)).containsExactly("confirmed already");
        assertThat(Mailbox.to("jan-" + run + "@example.nl")).isEmpty();
        // applicants belong to no organisation's log: coordinators do not see them
        assertThat(given().auth().oauth2(Tokens.coordinator("welzijn-stichtse-vecht"))
                .queryParam("kind", "APPLICATION_DECLINED").get("/api/notifications/deliveries").then()
                .statusCode(200).extract().jsonPath().getList("items.recipient", String.class))
                .doesNotContain(declined.toString());
    }

    @Test
    void aSignUpIsConfirmedByItsLinkAndInvitedToApplyAfterTheEvent() {
        UUID signup = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String address = "sign-" + run + "@example.nl";
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("kind", "SIGNUP");
        letter.put("name", "Truus");
        letter.put("email", address);
        letter.put("status", "SIGNUP");
        letter.put("confirmToken", "zzJ0c2x2bU5hZ0pQbE9hS1RqY3Z4d0ZtY1ZkV2JwYQA");
        letter.put("eventId", event.toString());
        letter.put("eventTitle", "Koffieochtend");
        letter.put("eventOn", "2027-03-09");
        letter.put("eventStartsAt", "10:00");
        letter.put("eventPlace", "Bibliotheek Breukelen");
        Services.applicant(signup, letter);
        Events.signup(signup, event, "OutreachSignedUp");
        // a confirmed sign-up sends nothing of its own
        Events.signup(signup, event, "OutreachSignupConfirmed");
        followers.catchUp("recruitment");
        Map<String, String> confirm = Mailbox.await(address, 1).getFirst();
        assertThat(confirm.get("subject")).isEqualTo("Bevestig uw aanmelding: Koffieochtend");
        assertThat(confirm.get("text")).contains("Wanneer: dinsdag 9 maart 2027, 10:00")
                .contains("Waar: Bibliotheek Breukelen")
                .contains(
                        "/bijeenkomsten/bevestigen?token=zzJ0c2x2bU5hZ0pQbE9hS1RqY3Z4d0ZtY1ZkV2JwYQA");

        letter.put("confirmToken", null);
        Services.applicant(signup, letter);
        Events.signup(signup, event, "OutreachInvitedToApply");
        followers.catchUp("recruitment");
        List<Map<String, String>> mails = Mailbox.await(address, 2);
        assertThat(mails).extracting(m -> m.get("kind")).containsExactly("SIGNUP_CONFIRM", "EVENT_INVITATION");
        assertThat(mails.get(1).get("subject")).isEqualTo("Wilt u vrijwilliger worden?");
        assertThat(mails.get(1).get("text")).contains("/solliciteren?bron=EVENT&evenement=" + event)
                .contains("\"Koffieochtend\"");
    }

    private static List<String> skipReasons(UUID recipient) {
        JsonPath log = given().auth().oauth2(Tokens.admin()).queryParam("status", "SKIPPED").queryParam("size", "100")
                .get("/api/notifications/deliveries").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = log.getList("items");
        return items.stream().filter(i -> recipient.toString().equals(i.get("recipient")))
                .map(i -> String.valueOf(i.get("skipReason"))).toList();
    }
}
