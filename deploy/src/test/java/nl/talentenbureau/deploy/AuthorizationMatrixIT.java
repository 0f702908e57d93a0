package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.Journey.gateway;
import static nl.talentenbureau.deploy.Journey.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.talentenbureau.deploy.AuthorizationMatrix.Actor;
import nl.talentenbureau.deploy.AuthorizationMatrix.Row;

/**
 * Every operation of the gateway's merged OpenAPI document x every actor, with real Keycloak tokens, on objects owned
 * by someone else, compared with {@link AuthorizationMatrix}. The bodies are valid, so a refusal is a refusal for
 * authorisation and not for the input.
 */
class AuthorizationMatrixIT {

    /** One call: method, concrete path, extra headers, JSON body or null. */
    record Call(String method, String path, Map<String, String> headers, Object body) {

        static Call of(String method, String path) {
            return new Call(method, path, Map.of(), null);
        }

        static Call of(String method, String path, Object body) {
            return new Call(method, path, Map.of(), body);
        }

        Call ifMatchAny() {
            return new Call(method, path, Map.of("If-Match", "*"), body);
        }
    }

    private static final Map<Actor, String> TOKENS = new EnumMap<>(Actor.class);
    private static final Map<String, Function<Actor, Call>> RECIPES = new LinkedHashMap<>();
    private static Api api;
    private static List<DemoData.Talent> catalogue;
    private static String annaId;
    private static String welzijnVolunteer;
    private static Map<String, Object> welzijnVolunteerBody;
    private static String handjeHelpenVolunteer;
    private static String requestA;
    private static Map<String, Object> requestABody;
    private static String webhookA;
    private static String talentCode;
    private static String trainingCode;
    private static String annaAbsence;
    private static String matchA;
    private static String requestForProposal;
    private static String proposalCandidate;
    private static String offerToAccept;
    private static String offerToDecline;
    private static String offerToAcceptByPhone;
    private static String offerToDeclineInPerson;
    private static Map<Actor, String> standInTokens;
    private static String welzijnSession;
    private static String welzijnVacancy;
    private static Map<String, Object> welzijnVacancyBody;
    private static String welzijnApplication;
    private static String applicationToDecline;
    private static String applicationLink;
    private static String welzijnEvent;
    private static String signupLink;
    private static String signalToWelzijn;

    @BeforeAll
    static void setUp() {
        api = ItStack.api();
        TOKENS.put(Actor.VOLUNTEER_A, api.token(DemoAccounts.VOLUNTEER_ANNA));
        TOKENS.put(Actor.VOLUNTEER_B, api.token(DemoAccounts.VOLUNTEER_BRAM));
        TOKENS.put(Actor.COORDINATOR_WELZIJN, api.token(DemoAccounts.COORDINATOR_WELZIJN));
        TOKENS.put(Actor.COORDINATOR_HANDJEHELPEN, api.token(DemoAccounts.COORDINATOR_HANDJEHELPEN));
        TOKENS.put(Actor.PARTNER_A, api.token(DemoAccounts.PARTNER_HANDJEHELPEN));
        TOKENS.put(Actor.PARTNER_B, api.token(DemoAccounts.PARTNER_BIBLIOTHEEK));
        TOKENS.put(Actor.ADMIN, api.token(DemoAccounts.ADMIN));
        String welzijn = TOKENS.get(Actor.COORDINATOR_WELZIJN);
        String handjeHelpen = TOKENS.get(Actor.COORDINATOR_HANDJEHELPEN);
        String admin = TOKENS.get(Actor.ADMIN);
        catalogue = DemoData.catalogue(api, ItStack.gateway(), welzijn);

        annaId = Journey.annaId();
        welzijnVolunteerBody = volunteerBody();
        welzijnVolunteer = newVolunteer(welzijn, welzijnVolunteerBody);
        handjeHelpenVolunteer = newVolunteer(handjeHelpen, volunteerBody());

        requestABody = Journey.requestForMany();
        requestA = Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, requestABody);
        // partner A's one webhook (another test may have left one)
        webhookA = Journey.replaceWebhook(TOKENS.get(Actor.PARTNER_A), "matrix").path("id").asText();

        talentCode = "it-talent-" + unique();
        api.post(gateway("/api/catalog/talents"), admin, talentBody(talentCode)).expect(201, "talent");
        trainingCode = "it-training-" + unique();
        api.post(gateway("/api/catalog/trainings"), admin, trainingBody(trainingCode)).expect(201, "training");
        annaAbsence = api.post(gateway("/api/volunteers/me/absences"), TOKENS.get(Actor.VOLUNTEER_A),
                absence()).expect(201, "Anna's absence").json().path("id").asText();

        // matching: a match of HandjeHelpen, a request with a fitting volunteer to propose, two offers to Anna
        JsonNode candidates = Journey.awaitCandidates(requestA, handjeHelpen, Duration.ofSeconds(30));
        List<String> ids = new ArrayList<>(Journey.candidateIds(candidates));
        ids.remove(annaId);
        assertThat(ids).as("candidates for " + requestA).hasSizeGreaterThanOrEqualTo(2);
        matchA = Journey.propose(handjeHelpen, requestA, ids.get(0)).path("id").asText();
        requestForProposal = requestA;
        proposalCandidate = ids.get(1);
        String forAnna1 = Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, Journey.requestFittingAnna());
        String forAnna2 = Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, Journey.requestFittingAnna());
        Journey.awaitCandidates(forAnna1, handjeHelpen, Duration.ofSeconds(30));
        Journey.awaitCandidates(forAnna2, handjeHelpen, Duration.ofSeconds(30));
        offerToAccept = Journey.propose(handjeHelpen, forAnna1, annaId).path("id").asText();
        offerToDecline = Journey.propose(handjeHelpen, forAnna2, annaId).path("id").asText();
        // two offers to demo volunteers (no account) that HandjeHelpen's coordinator answers for them
        offerToAcceptByPhone = offerToSomeoneElse(handjeHelpen, List.of(annaId, ids.get(0), ids.get(1)));
        offerToDeclineInPerson = offerToSomeoneElse(handjeHelpen, List.of(annaId, ids.get(0), ids.get(1)));

        // erasing your own profile is played by two stand-in volunteers, each with a profile
        KeycloakAdmin keycloak = new KeycloakAdmin(ItStack.get().keycloak());
        standInTokens = new EnumMap<>(Actor.class);
        for (Actor actor : List.of(Actor.VOLUNTEER_A, Actor.VOLUNTEER_B)) {
            DemoAccounts.User user = keycloak.createUser("it-standin-" + unique(), "volunteer");
            String token = api.token(user);
            api.post(gateway("/api/volunteers/me"), token, DemoData.ownProfile(user, "vreeland",
                    List.of("gardening"), List.of("practical"))).expect(201, "stand-in registers");
            standInTokens.put(actor, token);
        }
        // training sessions and vacancies (issue 15): Welzijn's
        welzijnSession = newSession(welzijn, 30);
        welzijnVacancyBody = vacancyBody();
        welzijnVacancy = api.post(gateway("/api/vacancies"), welzijn, welzijnVacancyBody).expect(201, "vacancy")
                .json().path("id").asText();
        // applications and events (issue 15): confirmed through the links in their mails
        String applicant = "matrix-" + unique() + "@example.nl";
        welzijnApplication = Recruitment.apply(Recruitment.application("Matrix Aanvrager", applicant, welzijnVacancy));
        applicationLink = Recruitment.apiPathOf(Recruitment.confirmationLink(applicant));
        api.get(gateway(applicationLink), null).expect(200, "confirm the application");
        applicationToDecline = Recruitment.confirmedApplication(welzijnVacancy);
        welzijnEvent = newEvent(welzijn, 14);
        String guest = "matrix-guest-" + unique() + "@example.nl";
        Recruitment.signUp(welzijnEvent, "Matrix Gast", guest);
        signupLink = Recruitment.apiPathOf(Recruitment.confirmationLink(guest));
        // the directory (issue 16): Welzijn's entry, and a signal of HandjeHelpen's referred to Welzijn
        int directory = api.call("PUT", gateway("/api/directory/welzijn-stichtse-vecht"), admin,
                Map.of("If-Match", "*"), directoryBody()).status();
        assertThat(directory).as("Welzijn's directory entry").isIn(200, 201);
        signalToWelzijn = newSignal(handjeHelpen);
        recipes();
    }

    private static void recipes() {
        String welzijn = TOKENS.get(Actor.COORDINATOR_WELZIJN);
        String handjeHelpen = TOKENS.get(Actor.COORDINATOR_HANDJEHELPEN);
        String v = "/api/volunteers/";

        recipe("GET /api/catalog/kernen", a -> Call.of("GET", "/api/catalog/kernen"));
        recipe("GET /api/catalog/themes", a -> Call.of("GET", "/api/catalog/themes"));
        recipe("GET /api/catalog/talents", a -> Call.of("GET", "/api/catalog/talents"));
        recipe("GET /api/catalog/trainings", a -> Call.of("GET", "/api/catalog/trainings"));
        recipe("POST /api/catalog/talents",
                a -> Call.of("POST", "/api/catalog/talents", talentBody("it-talent-" + unique())));
        recipe("POST /api/catalog/talents/{code}/retire",
                a -> Call.of("POST", "/api/catalog/talents/" + talentCode + "/retire"));
        recipe("POST /api/catalog/trainings",
                a -> Call.of("POST", "/api/catalog/trainings", trainingBody("it-training-" + unique())));
        recipe("POST /api/catalog/trainings/{code}/retire",
                a -> Call.of("POST", "/api/catalog/trainings/" + trainingCode + "/retire"));

        recipe("GET /api/volunteers", a -> Call.of("GET", "/api/volunteers?kern=breukelen&size=5"));
        recipe("POST /api/volunteers", a -> Call.of("POST", "/api/volunteers", volunteerBody()));
        recipe("GET /api/volunteers/{id}", a -> Call.of("GET", v + annaId));
        recipe("PUT /api/volunteers/{id}",
                a -> Call.of("PUT", v + welzijnVolunteer, welzijnVolunteerBody).ifMatchAny());
        recipe("DELETE /api/volunteers/{id}", a -> Call.of("DELETE", v + newVolunteer(welzijn, volunteerBody())));
        recipe("POST /api/volunteers/{id}/status", a -> Call.of("POST",
                v + newVolunteer(welzijn, volunteerBody()) + "/status", Map.of("status", "INTAKE")));
        recipe("PUT /api/volunteers/{id}/memberships/{organisation}",
                a -> Call.of("PUT", v + handjeHelpenVolunteer + "/memberships/welzijn-stichtse-vecht"));
        recipe("DELETE /api/volunteers/{id}/memberships/{organisation}", a -> {
            String both = newVolunteer(handjeHelpen, volunteerBody());
            api.put(gateway(v + both + "/memberships/welzijn-stichtse-vecht"), welzijn).expect(200, "join");
            return Call.of("DELETE", v + both + "/memberships/welzijn-stichtse-vecht");
        });
        recipe("POST /api/volunteers/{id}/absences",
                a -> Call.of("POST", v + welzijnVolunteer + "/absences", absence()));
        recipe("DELETE /api/volunteers/{id}/absences/{absenceId}", a -> {
            String absence = api.post(gateway(v + welzijnVolunteer + "/absences"), welzijn, absence())
                    .expect(201, "absence").json().path("id").asText();
            return Call.of("DELETE", v + welzijnVolunteer + "/absences/" + absence);
        });
        recipe("PUT /api/volunteers/{id}/consents/{purpose}",
                a -> Call.of("PUT", v + welzijnVolunteer + "/consents/IMPACT_RESEARCH"));
        recipe("DELETE /api/volunteers/{id}/consents/{purpose}",
                a -> Call.of("DELETE", v + welzijnVolunteer + "/consents/IMPACT_RESEARCH"));
        recipe("GET /api/volunteers/{id}/export", a -> Call.of("GET", v + annaId + "/export"));
        // a fresh profile for each call: an invitation that went out is not refused for the next actor
        recipe("POST /api/volunteers/{id}/invitation",
                a -> Call.of("POST", v + newVolunteer(welzijn, volunteerBody()) + "/invitation"));
        recipe("PUT /api/volunteers/{id}/notifications", a -> Call.of("PUT", v + welzijnVolunteer + "/notifications",
                Map.of("reachBy", "PHONE", "language", "nl")));
        recipe("PUT /api/volunteers/me/notifications", a -> Call.of("PUT", "/api/volunteers/me/notifications",
                Map.of("reachBy", "EMAIL", "language", "nl")));
        recipe("GET /api/notifications/deliveries", a -> Call.of("GET", "/api/notifications/deliveries?size=5"));
        recipe("PUT /api/notifications/subscription", a -> Call.of("PUT", "/api/notifications/subscription"));
        recipe("GET /api/notifications/subscription", a -> Call.of("GET", "/api/notifications/subscription"));
        recipe("DELETE /api/notifications/subscription", a -> Call.of("DELETE", "/api/notifications/subscription"));
        recipe("PUT /api/volunteers/{id}/vog",
                a -> Call.of("PUT", v + welzijnVolunteer + "/vog", Map.of("issuedOn", "2025-03-01")));
        recipe("DELETE /api/volunteers/{id}/vog", a -> {
            api.put(gateway(v + welzijnVolunteer + "/vog"), welzijn, Map.of("issuedOn", "2025-03-01"))
                    .expect(200, "VOG");
            return Call.of("DELETE", v + welzijnVolunteer + "/vog");
        });
        recipe("PUT /api/volunteers/{id}/trainings/{code}", a -> Call.of("PUT",
                v + welzijnVolunteer + "/trainings/first-aid", Map.of("completedOn", "2025-05-12")));
        recipe("DELETE /api/volunteers/{id}/trainings/{code}", a -> {
            api.put(gateway(v + welzijnVolunteer + "/trainings/first-aid"), welzijn,
                    Map.of("completedOn", "2025-05-12")).expect(200, "training");
            return Call.of("DELETE", v + welzijnVolunteer + "/trainings/first-aid");
        });
        recipe("GET /api/volunteers/screening/expiring",
                a -> Call.of("GET", "/api/volunteers/screening/expiring?withinDays=60"));

        recipe("POST /api/volunteers/me", a -> Call.of("POST", "/api/volunteers/me", own(a)));
        recipe("GET /api/volunteers/me", a -> Call.of("GET", "/api/volunteers/me"));
        recipe("PUT /api/volunteers/me", a -> Call.of("PUT", "/api/volunteers/me", own(a)).ifMatchAny());
        recipe("DELETE /api/volunteers/me", a -> Call.of("DELETE", "/api/volunteers/me"));
        recipe("GET /api/volunteers/me/absences", a -> Call.of("GET", "/api/volunteers/me/absences"));
        recipe("POST /api/volunteers/me/absences", a -> Call.of("POST", "/api/volunteers/me/absences", absence()));
        recipe("DELETE /api/volunteers/me/absences/{absenceId}",
                a -> Call.of("DELETE", "/api/volunteers/me/absences/" + annaAbsence));
        recipe("PUT /api/volunteers/me/consents/{purpose}",
                a -> Call.of("PUT", "/api/volunteers/me/consents/IMPACT_RESEARCH"));
        recipe("DELETE /api/volunteers/me/consents/{purpose}",
                a -> Call.of("DELETE", "/api/volunteers/me/consents/IMPACT_RESEARCH"));
        recipe("GET /api/volunteers/me/export", a -> Call.of("GET", "/api/volunteers/me/export"));
        recipe("GET /api/volunteers/me/consents/history", a -> Call.of("GET", "/api/volunteers/me/consents/history"));

        String r = "/api/requests/";
        recipe("POST /api/requests", a -> new Call("POST", "/api/requests",
                Map.of("Idempotency-Key", "it-matrix-" + unique()), Journey.requestForMany()));
        recipe("GET /api/requests", a -> Call.of("GET", "/api/requests?size=5"));
        recipe("GET /api/requests/{id}", a -> Call.of("GET", r + requestA));
        recipe("PUT /api/requests/{id}", a -> Call.of("PUT", r + requestA, requestABody).ifMatchAny());
        recipe("POST /api/requests/{id}/status", a -> Call.of("POST",
                r + Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, Journey.requestForMany()) + "/status",
                Map.of("status", "CANCELLED")));
        recipe("GET /api/requests/{id}/requester", a -> Call.of("GET", r + requestA + "/requester"));
        recipe("DELETE /api/requests/{id}/requester", a -> Call.of("DELETE",
                r + Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, Journey.requestForMany()) + "/requester"));
        recipe("GET /api/requests/open", a -> Call.of("GET", "/api/requests/open?size=5"));
        recipe("GET /api/requests/open/{id}", a -> Call.of("GET", "/api/requests/open/" + requestA));
        recipe("POST /api/webhooks",
                a -> Call.of("POST", "/api/webhooks", Map.of("url", ItStack.hooks().url("matrix-" + unique()))));
        recipe("GET /api/webhooks", a -> Call.of("GET", "/api/webhooks"));
        recipe("GET /api/webhooks/{id}", a -> Call.of("GET", "/api/webhooks/" + webhookA));
        recipe("GET /api/webhooks/{id}/deliveries", a -> Call.of("GET", "/api/webhooks/" + webhookA + "/deliveries"));
        recipe("POST /api/webhooks/{id}/secret", a -> Call.of("POST", "/api/webhooks/" + webhookA + "/secret"));
        recipe("DELETE /api/webhooks/{id}", a -> Call.of("DELETE", "/api/webhooks/" + webhookA));

        recipe("GET /api/candidates", a -> Call.of("GET", "/api/candidates?requestId=" + requestA));
        recipe("POST /api/matches", a -> Call.of("POST", "/api/matches",
                Map.of("requestId", requestForProposal, "volunteerId", proposalCandidate)));
        recipe("GET /api/matches/{id}", a -> Call.of("GET", "/api/matches/" + matchA));
        recipe("GET /api/offers", a -> Call.of("GET", "/api/offers"));
        recipe("GET /api/offers/export", a -> Call.of("GET", "/api/offers/export"));
        recipe("GET /api/matches/volunteers/{volunteerId}/export",
                a -> Call.of("GET", "/api/matches/volunteers/" + annaId + "/export"));
        recipe("POST /api/offers/{id}/accept", a -> Call.of("POST", "/api/offers/" + offerToAccept + "/accept"));
        recipe("POST /api/offers/{id}/decline", a -> Call.of("POST", "/api/offers/" + offerToDecline + "/decline",
                Map.of("reason", "Toch niet beschikbaar")));
        recipe("POST /api/matches/{id}/accept",
                a -> Call.of("POST", "/api/matches/" + offerToAcceptByPhone + "/accept", Map.of("channel", "PHONE")));
        recipe("POST /api/matches/{id}/decline", a -> Call.of("POST",
                "/api/matches/" + offerToDeclineInPerson + "/decline",
                Map.of("channel", "IN_PERSON", "reason", "Belde af: toch niet beschikbaar")));
        recipe("POST /api/proposals", a -> Call.of("POST", "/api/proposals", Map.of("requestIds", List.of())));

        // made when first called, so Anna never holds more live matches than her capacity (3)
        Supplier<String> worked = memo(Journey::matchAcceptedByAnna);
        Supplier<String> entry = memo(() -> api.post(gateway("/api/matches/" + worked.get() + "/hours"),
                handjeHelpen, hours()).expect(201, "hours").json().path("id").asText());
        Supplier<String> endedByCoordinator = memo(Journey::matchActiveWithAnna);
        Supplier<String> endedByAnna = memo(Journey::matchActiveWithAnna);
        String m = "/api/matches/";
        String o = "/api/offers/";
        recipe("GET /api/matches", a -> Call.of("GET", "/api/matches?size=5"));
        recipe("GET /api/matches/call-list", a -> Call.of("GET", "/api/matches/call-list?size=5"));
        recipe("POST /api/matches/{id}/activate", a -> Call.of("POST", m + worked.get() + "/activate"));
        recipe("POST /api/matches/{id}/hours", a -> Call.of("POST", m + worked.get() + "/hours", hours()));
        recipe("GET /api/matches/{id}/hours", a -> Call.of("GET", m + worked.get() + "/hours"));
        recipe("GET /api/matches/{id}/hours/{entryId}",
                a -> Call.of("GET", m + worked.get() + "/hours/" + entry.get()));
        recipe("GET /api/offers/{id}", a -> Call.of("GET", o + worked.get()));
        recipe("POST /api/offers/{id}/hours", a -> Call.of("POST", o + worked.get() + "/hours", hours()));
        recipe("GET /api/offers/{id}/hours", a -> Call.of("GET", o + worked.get() + "/hours"));
        recipe("GET /api/offers/{id}/hours/{entryId}", a -> Call.of("GET", o + worked.get() + "/hours/" + entry.get()));
        recipe("POST /api/matches/{id}/feedback", a -> Call.of("POST", m + worked.get() + "/feedback",
                Map.of("rating", 4, "comment", "Fijne samenwerking")));
        recipe("POST /api/offers/{id}/feedback", a -> Call.of("POST", o + worked.get() + "/feedback",
                Map.of("rating", 5, "comment", "Leuk om te doen")));
        // no body: the coordinator's feedback was given above (a second one would be refused 409)
        recipe("POST /api/matches/{id}/complete", a -> Call.of("POST", m + worked.get() + "/complete"));
        recipe("POST /api/matches/{id}/end", a -> Call.of("POST", m + endedByCoordinator.get() + "/end",
                Map.of("reason", "De hulpvraag is vervallen")));
        recipe("POST /api/offers/{id}/end", a -> Call.of("POST", o + endedByAnna.get() + "/end",
                Map.of("reason", "Ik verhuis")));
        recipe("GET /api/reports/impact", a -> Call.of("GET", "/api/reports/impact?period="
                + LocalDate.now().getYear() + "&by=kern"));
        recipe("GET /api/volunteers/reports/funnel", a -> Call.of("GET", "/api/volunteers/reports/funnel?period="
                + LocalDate.now().getYear() + "&by=kern"));
        recipe("GET /api/volunteers/reports/training", a -> Call.of("GET", "/api/volunteers/reports/training?period="
                + LocalDate.now().getYear() + "&by=training"));
        recipe("GET /api/candidates/training-suggestions",
                a -> Call.of("GET", "/api/candidates/training-suggestions?training=dementia-basics"));

        String ts = "/api/training-sessions/";
        recipe("POST /api/training-sessions", a -> Call.of("POST", "/api/training-sessions", sessionBody(30)));
        recipe("GET /api/training-sessions", a -> Call.of("GET", "/api/training-sessions?kern=breukelen"));
        recipe("GET /api/training-sessions/{id}", a -> Call.of("GET", ts + welzijnSession));
        recipe("PUT /api/training-sessions/{id}",
                a -> Call.of("PUT", ts + welzijnSession, sessionBody(30)).ifMatchAny());
        recipe("POST /api/training-sessions/{id}/cancel",
                a -> Call.of("POST", ts + newSession(welzijn, 30) + "/cancel"));
        recipe("GET /api/training-sessions/{id}/enrolments", a -> Call.of("GET", ts + welzijnSession + "/enrolments"));
        recipe("POST /api/training-sessions/{id}/enrolments", a -> Call.of("POST", ts + welzijnSession + "/enrolments",
                Map.of("volunteerId", newVolunteer(welzijn, volunteerBody()))));
        recipe("DELETE /api/training-sessions/{id}/enrolments/{volunteerId}", a -> {
            String volunteer = newVolunteer(welzijn, volunteerBody());
            api.post(gateway(ts + welzijnSession + "/enrolments"), welzijn, Map.of("volunteerId", volunteer))
                    .expect(201, "enrolment");
            return Call.of("DELETE", ts + welzijnSession + "/enrolments/" + volunteer);
        });
        recipe("PUT /api/training-sessions/{id}/enrolments/me",
                a -> Call.of("PUT", ts + welzijnSession + "/enrolments/me"));
        // a new session for each call, the volunteers enrolled in it first
        recipe("DELETE /api/training-sessions/{id}/enrolments/me", a -> {
            String session = newSession(welzijn, 30);
            if (a == Actor.VOLUNTEER_A || a == Actor.VOLUNTEER_B) {
                api.put(gateway(ts + session + "/enrolments/me"), TOKENS.get(a)).expect(201, "own enrolment");
            }
            return Call.of("DELETE", ts + session + "/enrolments/me");
        });
        // attendance is recorded once, on the session's day: a session of today for each call
        recipe("PUT /api/training-sessions/{id}/attendance", a -> {
            String session = newSession(welzijn, 0);
            api.post(gateway(ts + session + "/enrolments"), welzijn, Map.of("volunteerId", welzijnVolunteer))
                    .expect(201, "enrolment");
            return Call.of("PUT", ts + session + "/attendance", Map.of("attended", List.of(welzijnVolunteer)));
        });

        recipe("POST /api/vacancies", a -> Call.of("POST", "/api/vacancies", vacancyBody()));
        recipe("GET /api/vacancies", a -> Call.of("GET", "/api/vacancies?status=OPEN"));
        recipe("GET /api/vacancies/{id}", a -> Call.of("GET", "/api/vacancies/" + welzijnVacancy));
        recipe("PUT /api/vacancies/{id}",
                a -> Call.of("PUT", "/api/vacancies/" + welzijnVacancy, welzijnVacancyBody).ifMatchAny());
        recipe("GET /api/public/vacancies", a -> Call.of("GET", "/api/public/vacancies?kern=breukelen"));
        recipe("GET /api/public/vacancies/{id}", a -> Call.of("GET", "/api/public/vacancies/" + welzijnVacancy));

        String ap = "/api/applications/";
        recipe("POST /api/public/applications", a -> Call.of("POST", "/api/public/applications",
                Recruitment.application("Matrix " + a, "matrix-" + unique() + "@example.nl", null)));
        recipe("GET /api/public/applications/confirmation", a -> Call.of("GET", applicationLink));
        recipe("GET /api/applications", a -> Call.of("GET", "/api/applications?status=CONFIRMED"));
        recipe("GET /api/applications/{id}", a -> Call.of("GET", ap + welzijnApplication));
        recipe("PUT /api/applications/{id}/intake", a -> Call.of("PUT", ap + welzijnApplication + "/intake",
                Map.of("appointmentAt", "2027-02-18T10:00:00+01:00", "with", "Marieke")));
        recipe("POST /api/applications/{id}/outcome", a -> Call.of("POST", ap + applicationToDecline + "/outcome",
                Map.of("outcome", "DECLINED", "reason", "Geen plek die past")));
        String oe = "/api/outreach-events/";
        recipe("POST /api/outreach-events", a -> Call.of("POST", "/api/outreach-events", eventBody(21)));
        recipe("GET /api/outreach-events", a -> Call.of("GET", "/api/outreach-events"));
        recipe("GET /api/outreach-events/{id}", a -> Call.of("GET", oe + welzijnEvent));
        recipe("GET /api/outreach-events/{id}/signups", a -> Call.of("GET", oe + welzijnEvent + "/signups"));
        recipe("POST /api/outreach-events/{id}/invitations",
                a -> Call.of("POST", oe + newEvent(welzijn, 0) + "/invitations"));
        recipe("GET /api/public/outreach-events", a -> Call.of("GET", "/api/public/outreach-events?kern=breukelen"));
        recipe("GET /api/public/outreach-events/{id}",
                a -> Call.of("GET", "/api/public/outreach-events/" + welzijnEvent));
        recipe("POST /api/public/outreach-events/{id}/signups", a -> Call.of("POST",
                "/api/public/outreach-events/" + welzijnEvent + "/signups", Map.of("name", "Matrix " + a, "email",
                        "matrix-" + unique() + "@example.nl", "interested", false, "consent", true)));
        recipe("GET /api/public/outreach-events/signups/confirmation", a -> Call.of("GET", signupLink));

        recipe("PUT /api/directory/{alias}",
                a -> Call.of("PUT", "/api/directory/welzijn-stichtse-vecht", directoryBody()).ifMatchAny());
        recipe("GET /api/public/directory", a -> Call.of("GET", "/api/public/directory?theme=financial"));
        recipe("GET /api/public/catalog", a -> Call.of("GET", "/api/public/catalog"));
        recipe("GET /api/public/directory/{alias}",
                a -> Call.of("GET", "/api/public/directory/welzijn-stichtse-vecht"));
        recipe("POST /api/signals", a -> Call.of("POST", "/api/signals", signalBody()));
        recipe("GET /api/signals", a -> Call.of("GET", "/api/signals?size=5"));
        recipe("GET /api/signals/{id}", a -> Call.of("GET", "/api/signals/" + signalToWelzijn));
        recipe("POST /api/signals/{id}/status", a -> Call.of("POST", "/api/signals/" + newSignal(handjeHelpen)
                + "/status", Map.of("status", "PICKED_UP")));
        recipe("GET /api/signals/escalated", a -> Call.of("GET", "/api/signals/escalated?size=5"));
        recipe("GET /api/reports/signals", a -> Call.of("GET", "/api/reports/signals?period="
                + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear() + "&by=kern"));
    }

    /** An event for 60-plussers in Breukelen, {@code inDays} from today, with 30 places. */
    private static Map<String, Object> eventBody(int inDays) {
        return Map.of("title", "Koffieochtend", "description", "Kennismaken met vrijwilligerswerk.",
                "heldOn", LocalDate.now().plusDays(inDays).toString(), "startsAt", "10:00", "kern", "breukelen",
                "place", "Bibliotheek Breukelen", "places", 30);
    }

    private static String newEvent(String coordinator, int inDays) {
        return api.post(gateway("/api/outreach-events"), coordinator, eventBody(inDays)).expect(201, "new event")
                .json().path("id").asText();
    }

    /** Welzijn's directory entry, as the demo data has it. */
    private static Map<String, Object> directoryBody() {
        return DemoDirectory.entry(DemoDirectory.realmOrganisations().stream()
                .filter(o -> o.alias().equals("welzijn-stichtse-vecht")).findFirst().orElseThrow());
    }

    /** A signal about a senior in Breukelen, referred to Welzijn with what the senior agreed to share. */
    private static Map<String, Object> signalBody() {
        return Map.of("theme", "financial", "urgency", "NORMAL", "receivingOrganisation", "welzijn-stichtse-vecht",
                "note", "Post blijft ongeopend liggen.", "kern", "breukelen", "sharedContact",
                Map.of("name", "Meneer Matrix", "phone", "0346 999 000"), "consent", Map.of("channel", "PHONE"));
    }

    private static String newSignal(String coordinator) {
        return api.post(gateway("/api/signals"), coordinator, signalBody()).expect(201, "a signal").json()
                .path("id").asText();
    }

    /** A session of dementia-basics in Breukelen, {@code inDays} from today. */
    private static Map<String, Object> sessionBody(int inDays) {
        return Map.of("training", "dementia-basics", "heldOn", LocalDate.now().plusDays(inDays).toString(),
                "startsAt", "09:30", "endsAt", "12:00", "kern", "breukelen", "place", "Dorpshuis De Boei",
                "trainer", "Alzheimer Nederland", "places", 12);
    }

    private static String newSession(String coordinator, int inDays) {
        return api.post(gateway("/api/training-sessions"), coordinator, sessionBody(inDays))
                .expect(201, "new session").json().path("id").asText();
    }

    private static Map<String, Object> vacancyBody() {
        return Map.of("title", "Digicoach in de bibliotheek", "description", "Help ouderen met hun tablet.",
                "theme", "digital", "talents", List.of("digital-help"), "kernen", List.of("breukelen"),
                "hoursPerWeek", 3, "vogRequired", true, "trainings", List.of("digicoach"), "status", "OPEN");
    }

    @Test
    void everyOperationOfTheMergedDocumentHasARowAndEveryRowAnOperation() {
        Set<String> documented = new TreeSet<>(documentedOperations());
        documented.removeIf(AuthorizationMatrixIT::hidden);
        assertThat(new TreeSet<>(AuthorizationMatrix.ROWS.keySet()))
                .as("rows of AuthorizationMatrix vs operations of the gateway's /openapi").isEqualTo(documented);
        assertThat(new TreeSet<>(RECIPES.keySet())).as("a call recipe for every row")
                .isEqualTo(new TreeSet<>(AuthorizationMatrix.ROWS.keySet()));
    }

    @Test
    void everyActorGetsExactlyWhatTheTableSays() {
        Set<String> documented = documentedOperations();
        int calls = 0;
        List<String> unexpectedSuccesses = new ArrayList<>();
        List<String> unexpectedRefusals = new ArrayList<>();
        List<String> wrongRefusals = new ArrayList<>();
        List<String> refusedByValidation = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        Map<Integer, Integer> statuses = new HashMap<>();
        List<Row> rows = new ArrayList<>(AuthorizationMatrix.ROWS.values());
        documented.stream().filter(AuthorizationMatrixIT::hidden)
                .forEach(operation -> rows.add(new Row(operation, "at the gateway", Set.of(), Map.of(), true)));
        for (Row row : rows) {
            if (!documented.contains(row.operation())) {
                continue;
            }
            for (Actor actor : Actor.values()) {
                Call call = row.hidden()
                        ? Call.of(row.operation().split(" ")[0], row.operation().split(" ")[1]
                                .replaceAll("\\{[^}]+}", "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"))
                        : RECIPES.get(row.operation()).apply(actor);
                String token = row.operation().equals("DELETE /api/volunteers/me") && standInTokens.containsKey(actor)
                        ? standInTokens.get(actor)
                        : TOKENS.get(actor);
                Api.Answer answer = api.call(call.method(), gateway(call.path()), token, call.headers(), call.body());
                calls++;
                statuses.merge(answer.status(), 1, Integer::sum);
                String what = row.operation() + " as " + actor + ": " + answer.status() + " "
                        + abbreviate(answer.body());
                boolean success = answer.status() >= 200 && answer.status() < 300;
                if (row.hidden()) {
                    if (answer.status() != 404) {
                        (success ? unexpectedSuccesses : wrongRefusals).add(what + " (expected 404)");
                    }
                } else if (row.succeed().contains(actor)) {
                    if (!success) {
                        unexpectedRefusals.add(what);
                    }
                } else if (row.passes().containsKey(actor)) {
                    if (answer.status() != row.passes().get(actor)) {
                        (success ? unexpectedSuccesses : unexpectedRefusals)
                                .add(what + " (expected " + row.passes().get(actor) + ")");
                    }
                } else if (success) {
                    unexpectedSuccesses.add(what);
                } else if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
                    refusedByValidation.add(what);
                } else if (actor == Actor.ANONYMOUS
                        ? answer.status() != 401
                        : answer.status() != 403 && answer.status() != 404) {
                    wrongRefusals.add(what);
                }
                if (success && row.operation().equals("GET /api/requests/{id}")
                        && actor != Actor.COORDINATOR_HANDJEHELPEN) {
                    JsonNode requester = answer.json().path("requester");
                    if (!requester.isMissingNode() && !requester.isNull()) {
                        leaks.add(what + ": shows the requester");
                    }
                }
            }
        }
        System.out.printf("authorization matrix: %d operations x %d actors: %d calls, %d unexpected successes, "
                + "%d unexpected refusals, %d refused with 400/409/422 instead of 401/403/404, %d other refusals "
                + "with an unexpected status; statuses %s%n", rows.size(), Actor.values().length, calls,
                unexpectedSuccesses.size(), unexpectedRefusals.size(), refusedByValidation.size(),
                wrongRefusals.size(), new java.util.TreeMap<>(statuses));
        System.out.printf("%d calls, %d unexpected successes%n", calls, unexpectedSuccesses.size());
        assertThat(unexpectedSuccesses).as("unexpected successes").isEmpty();
        assertThat(leaks).as("requester details shown to someone else").isEmpty();
        assertThat(unexpectedRefusals).as("unexpected refusals").isEmpty();
        assertThat(wrongRefusals).as("refusals with the wrong status").isEmpty();
        assertThat(refusedByValidation).as("refused for the input instead of for authorisation").isEmpty();
    }

    private static Set<String> documentedOperations() {
        JsonNode document = api.get(gateway("/openapi"), null).expect(200, "merged OpenAPI").json();
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            });
        }
        assertThat(document.path("x-unavailable").size()).as("services missing from /openapi").isZero();
        // the public document lists what the gateway routes: no feed, no operator endpoint
        assertThat(operations).as("/internal operations in the merged /openapi")
                .noneMatch(operation -> operation.split(" ")[1].startsWith(AuthorizationMatrix.HIDDEN_PREFIX));
        return operations;
    }

    private static boolean hidden(String operation) {
        return operation.split(" ")[1].startsWith(AuthorizationMatrix.HIDDEN_PREFIX);
    }

    private static void recipe(String operation, Function<Actor, Call> recipe) {
        RECIPES.put(operation, recipe);
    }

    private static Map<String, Object> hours() {
        return Map.of("workedOn", LocalDate.now().toString(), "hours", 1.5);
    }

    /** Made once, on the first call. */
    private static Supplier<String> memo(Supplier<String> make) {
        String[] made = new String[1];
        return () -> made[0] != null ? made[0] : (made[0] = make.get());
    }

    private static Map<String, Object> own(Actor actor) {
        return actor == Actor.VOLUNTEER_B ? DemoData.bramProfile() : DemoData.annaProfile();
    }

    private static Map<String, Object> volunteerBody() {
        Map<String, Object> body = new LinkedHashMap<>(
                DemoData.plan(DemoData.SEED + 7, 1, catalogue).getFirst().body());
        body.put("email", "it-" + unique() + "@example.org");
        return body;
    }

    private static String newVolunteer(String coordinator, Map<String, Object> body) {
        return api.post(gateway("/api/volunteers"), coordinator, body).expect(201, "new volunteer").json().path("id")
                .asText();
    }

    private static Map<String, Object> talentBody(String code) {
        return Map.of("code", code, "theme", "practical", "nameNl", "Fietsen repareren", "nameEn", "Bike repair");
    }

    private static Map<String, Object> trainingBody(String code) {
        return Map.of("code", code, "nameNl", "Valpreventie", "nameEn", "Fall prevention", "validYears", 3);
    }

    private static Map<String, Object> absence() {
        LocalDate start = LocalDate.of(2030, 7, 1);
        return Map.of("startsOn", start.toString(), "endsOn", start.plusDays(14).toString());
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "..." : body;
    }

    /** A new request of partner A with an offer to a fitting volunteer who is none of {@code busy}. */
    private static String offerToSomeoneElse(String coordinator, List<String> busy) {
        String request = Journey.post(DemoAccounts.PARTNER_HANDJEHELPEN, Journey.requestForMany());
        List<String> fitting = new ArrayList<>(Journey.candidateIds(
                Journey.awaitCandidates(request, coordinator, Duration.ofSeconds(30))));
        fitting.removeAll(busy);
        assertThat(fitting).as("candidates for " + request).isNotEmpty();
        return Journey.propose(coordinator, request, fitting.getFirst()).path("id").asText();
    }
}
