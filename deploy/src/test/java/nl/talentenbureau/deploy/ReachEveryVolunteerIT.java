package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11 on the whole stack with real Keycloak and real mail: a volunteer registered by a coordinator gets an
 * account through an invitation and answers her offer herself; a volunteer without e-mail is answered for by phone
 * from the call list; a STOPPED volunteer can no longer sign in.
 */
class ReachEveryVolunteerIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    private final Api api = ItStack.api();
    private final Mailbox mail = ItStack.get().mailbox();

    @Test
    void anInvitedVolunteerSetsHerPasswordSignsInAndAcceptsHerOfferFromTheMail() {
        String welzijn = Journey.token(DemoAccounts.COORDINATOR_WELZIJN);
        String handjehelpen = Journey.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        String address = "greet." + Journey.unique() + "@it.example";
        String volunteerId = Journey.registerActiveVolunteer(welzijn, "Greet Jansen", address, DemoData.ANNA_KERN, 1);
        Instant start = Instant.now();

        // 1. the coordinator invites her; Keycloak mails the link
        JsonNode invitation = api.post(gateway("/api/volunteers/" + volunteerId + "/invitation"), welzijn, null)
                .expect(202, "invite").json();
        assertThat(invitation.path("expiresAt").asText()).isNotBlank();
        MimeMessage invitationMail = mail.await(address, m -> KeycloakPages.plainText(m).contains("action-token"),
                MAIL_WAIT);
        Duration toInvitationMail = Duration.between(start, Instant.now());

        // 2. she follows the link and sets a password on Keycloak's page: it never passes through our services
        String password = "Zonnebloem-" + Journey.unique();
        KeycloakPages.Page saved = new KeycloakPages().setPasswordThroughInvitation(
                KeycloakPages.actionLink(invitationMail), password);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        Duration toPasswordSet = Duration.between(start, Instant.now());

        // 3. she signs in and sees the profile the coordinator made for her (linked on her first call)
        String greet = passwordToken(address, password).expect(200, "Greet signs in").json().path("access_token")
                .asText();
        JsonNode me = api.get(gateway("/api/volunteers/me"), greet).expect(200, "Greet's profile").json();
        assertThat(me.path("id").asText()).isEqualTo(volunteerId);
        assertThat(me.path("name").asText()).isEqualTo("Greet Jansen");
        Duration toSignedIn = Duration.between(start, Instant.now());
        assertThat(api.post(gateway("/api/volunteers/" + volunteerId + "/invitation"), welzijn, null).status())
                .as("a profile with an account is not invited again").isEqualTo(409);

        // 4. HandjeHelpen proposes her for a request; the offer mail reaches her with a link to answer
        String requestId = Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, Journey.requestFittingAnna());
        awaitCandidate(requestId, handjehelpen, volunteerId);
        String matchId = Journey.propose(handjehelpen, requestId, volunteerId).path("id").asText();
        Instant proposed = Instant.now();
        MimeMessage offerMail = mail.await(address, m -> KeycloakPages.plainText(m).contains(matchId), MAIL_WAIT);
        Duration offerMailAfterProposal = Duration.between(proposed, Instant.now());
        assertThat(KeycloakPages.plainText(offerMail)).contains("/aanbod/" + matchId);

        // 5. she accepts it herself
        Journey.step(greet, "/api/offers/" + matchId + "/accept", null);
        assertThat(api.get(gateway("/api/matches/" + matchId), handjehelpen).expect(200, "read the match").json()
                .path("status").asText()).isEqualTo("ACCEPTED");
        Duration toAccepted = Duration.between(start, Instant.now());

        System.out.printf(
                "invited -> mail -> password set -> signed in -> offer mail -> accepted: invitation mail after %d ms,"
                        + " password set after %d ms, signed in after %d ms, offer mail %d ms after the proposal,"
                        + " accepted after %d ms (%d mails to her: %s)%n",
                toInvitationMail.toMillis(), toPasswordSet.toMillis(), toSignedIn.toMillis(),
                offerMailAfterProposal.toMillis(), toAccepted.toMillis(), mail.to(address).size(),
                mail.to(address).stream().map(Mailbox::subject).toList());
    }

    @Test
    void aVolunteerWithoutEMailIsOnTheCallListAndTheCoordinatorAcceptsForHimByPhone() {
        String welzijn = Journey.token(DemoAccounts.COORDINATOR_WELZIJN);
        String handjehelpen = Journey.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        String volunteerId = Journey.registerActiveVolunteer(welzijn, "Henk de Bruin", null, DemoData.ANNA_KERN, 1);

        String requestId = Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, Journey.requestFittingAnna());
        awaitCandidate(requestId, handjehelpen, volunteerId);
        String matchId = Journey.propose(handjehelpen, requestId, volunteerId).path("id").asText();
        Instant proposed = Instant.now();

        JsonNode entry = awaitOnCallList(handjehelpen, matchId);
        Duration onCallList = Duration.between(proposed, Instant.now());
        assertThat(entry.path("volunteerId").asText()).isEqualTo(volunteerId);
        assertThat(entry.path("volunteerName").asText()).isEqualTo("Henk de Bruin");
        assertThat(entry.path("volunteerPhone").asText()).isNotBlank();

        JsonNode accepted = Journey.step(handjehelpen, "/api/matches/" + matchId + "/accept",
                Map.of("channel", "PHONE"));
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("answerChannel").asText()).isEqualTo("PHONE");
        Duration toAccepted = Duration.between(proposed, Instant.now());
        assertThat(callList(handjehelpen).stream().map(e -> e.path("matchId").asText()))
                .as("answered offers leave the call list").doesNotContain(matchId);

        System.out.printf("call list -> accepted by coordinator (PHONE): on the call list %d ms after the proposal,"
                + " accepted %d ms after the proposal, answerChannel %s%n", onCallList.toMillis(),
                toAccepted.toMillis(), accepted.path("answerChannel").asText());
    }

    @Test
    void aStoppedVolunteerCannotGetAToken() {
        String welzijn = Journey.token(DemoAccounts.COORDINATOR_WELZIJN);
        String address = "stops." + Journey.unique() + "@it.example";
        String volunteerId = Journey.registerActiveVolunteer(welzijn, "Wim Stoppel", address, DemoData.ANNA_KERN, 1);
        api.post(gateway("/api/volunteers/" + volunteerId + "/invitation"), welzijn, null).expect(202, "invite");
        String password = "Klaproos-" + Journey.unique();
        new KeycloakPages().setPasswordThroughInvitation(
                KeycloakPages.actionLink(mail.await(address, m -> true, MAIL_WAIT)), password);
        String wim = passwordToken(address, password).expect(200, "Wim signs in").json().path("access_token")
                .asText();
        api.get(gateway("/api/volunteers/me"), wim).expect(200, "Wim's profile links his account");

        api.post(gateway("/api/volunteers/" + volunteerId + "/status"), welzijn, Map.of("status", "STOPPED"))
                .expect(200, "Wim stops");

        Api.Answer refused = passwordToken(address, password);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("error").asText()).isEqualTo("invalid_grant");
        System.out.printf("STOPPED -> no token: %d %s%n", refused.status(), refused.json().path("error").asText());
    }

    private void awaitCandidate(String requestId, String coordinator, String volunteerId) {
        Instant deadline = Instant.now().plusSeconds(30);
        List<String> ids = List.of();
        while (Instant.now().isBefore(deadline)) {
            ids = Journey.candidateIds(Journey.awaitCandidates(requestId, coordinator, Duration.ofSeconds(30)));
            if (ids.contains(volunteerId)) {
                return;
            }
            Processes.sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("volunteer " + volunteerId + " never became a candidate: " + ids);
    }

    private List<JsonNode> callList(String coordinator) {
        JsonNode answer = api.get(gateway("/api/matches/call-list"), coordinator).expect(200, "call list").json();
        JsonNode items = answer.has("items") ? answer.path("items") : answer;
        List<JsonNode> entries = new ArrayList<>();
        items.forEach(entries::add);
        return entries;
    }

    private JsonNode awaitOnCallList(String coordinator, String matchId) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode entry : callList(coordinator)) {
                if (entry.path("matchId").asText().equals(matchId)) {
                    return entry;
                }
            }
            Processes.sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("offer " + matchId + " never appeared on the call list: " + callList(coordinator));
    }

    /** The password grant as the CLI client asks it; answers Keycloak's answer, whatever it is. */
    private Api.Answer passwordToken(String username, String password) {
        return api.form(ItStack.get().keycloak().tokenUrl(), Map.of("grant_type", "password", "client_id",
                DemoAccounts.CLI_CLIENT, "username", username, "password", password));
    }
}
