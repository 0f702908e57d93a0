package nl.talentenbureau.deploy;

import static nl.talentenbureau.deploy.AuthorizationMatrix.Actor.ADMIN;
import static nl.talentenbureau.deploy.AuthorizationMatrix.Actor.COORDINATOR_HANDJEHELPEN;
import static nl.talentenbureau.deploy.AuthorizationMatrix.Actor.COORDINATOR_WELZIJN;
import static nl.talentenbureau.deploy.AuthorizationMatrix.Actor.PARTNER_A;
import static nl.talentenbureau.deploy.AuthorizationMatrix.Actor.PARTNER_B;
import static nl.talentenbureau.deploy.AuthorizationMatrix.Actor.VOLUNTEER_A;
import static nl.talentenbureau.deploy.AuthorizationMatrix.Actor.VOLUNTEER_B;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what, through the gateway: one row per operation of the merged OpenAPI document. A row names the
 * object the call is made on and the actors who succeed (2xx); every other actor must be refused (anonymous 401,
 * the others 403 or 404). {@code passes} lists actors who get past authorisation but whom the object's state
 * answers with a fixed status (for example 409: Anna has a profile already). Operations under
 * {@link #HIDDEN_PREFIX} need no row: they are refused to everybody with 404 by the gateway. {@link AuthorizationMatrixIT} fails when the merged document has an operation
 * without a row here, or a row names an operation the document lacks.
 * <p>
 * Partner A is {@code partner-handjehelpen} (organisation handjehelpen), partner B {@code partner-bibliotheek};
 * volunteer A is {@code volunteer-anna}, volunteer B {@code volunteer-bram}.
 */
final class AuthorizationMatrix {

    enum Actor {
        ANONYMOUS,
        VOLUNTEER_A,
        VOLUNTEER_B,
        COORDINATOR_WELZIJN,
        COORDINATOR_HANDJEHELPEN,
        PARTNER_A,
        PARTNER_B,
        ADMIN
    }

    /** One operation: on what it is called, who succeeds, who passes authorisation with a fixed other status. */
    record Row(String operation, String onWhat, Set<Actor> succeed, Map<Actor, Integer> passes, boolean hidden) {
    }

    /**
     * Operations under this prefix (the services' event feeds and summaries) need no row: the gateway never routes
     * them, so each answers 404 to every actor.
     */
    static final String HIDDEN_PREFIX = "/internal/";

    private static final Set<Actor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS));
    private static final Set<Actor> COORDINATORS = EnumSet.of(COORDINATOR_WELZIJN, COORDINATOR_HANDJEHELPEN);
    private static final Set<Actor> VOLUNTEERS = EnumSet.of(VOLUNTEER_A, VOLUNTEER_B);
    private static final Set<Actor> PARTNERS = EnumSet.of(PARTNER_A, PARTNER_B);

    static final Map<String, Row> ROWS = new LinkedHashMap<>();

    static {
        // --- volunteer-service: the catalogue
        row("GET /api/catalog/kernen", "the catalogue", SIGNED_IN);
        row("GET /api/catalog/themes", "the catalogue", SIGNED_IN);
        row("GET /api/catalog/talents", "the catalogue", SIGNED_IN);
        row("GET /api/catalog/trainings", "the catalogue", SIGNED_IN);
        row("POST /api/catalog/talents", "a new talent", EnumSet.of(ADMIN));
        row("POST /api/catalog/talents/{code}/retire", "a talent the admin added", EnumSet.of(ADMIN));
        row("POST /api/catalog/trainings", "a new training", EnumSet.of(ADMIN));
        row("POST /api/catalog/trainings/{code}/retire", "a training the admin added", EnumSet.of(ADMIN));

        // --- volunteer-service: coordinators share the pool; memberships only for their own organisation
        row("GET /api/volunteers", "the pool", union(COORDINATORS, ADMIN));
        row("POST /api/volunteers", "a new volunteer for the caller's organisation", COORDINATORS);
        row("GET /api/volunteers/{id}", "Anna's profile", union(COORDINATORS, ADMIN));
        row("PUT /api/volunteers/{id}", "a volunteer Welzijn registered, sent with its e-mail (HandjeHelpen may "
                + "neither see nor set it: no member, no match, no consent)", EnumSet.of(COORDINATOR_WELZIJN));
        row("DELETE /api/volunteers/{id}", "a volunteer Welzijn registered (erasure)", EnumSet.of(ADMIN));
        row("POST /api/volunteers/{id}/status", "a volunteer Welzijn registered, APPLIED -> INTAKE", COORDINATORS);
        row("PUT /api/volunteers/{id}/memberships/{organisation}",
                "HandjeHelpen's volunteer joins welzijn-stichtse-vecht", EnumSet.of(COORDINATOR_WELZIJN));
        row("DELETE /api/volunteers/{id}/memberships/{organisation}",
                "a volunteer of both organisations leaves welzijn-stichtse-vecht", EnumSet.of(COORDINATOR_WELZIJN));
        row("POST /api/volunteers/{id}/absences", "a volunteer Welzijn registered", COORDINATORS);
        row("DELETE /api/volunteers/{id}/absences/{absenceId}", "an absence of a volunteer Welzijn registered",
                COORDINATORS);
        // consent is recorded by a coordinator of one of the volunteer's organisations only
        row("PUT /api/volunteers/{id}/consents/{purpose}", "a volunteer Welzijn registered",
                EnumSet.of(COORDINATOR_WELZIJN));
        row("DELETE /api/volunteers/{id}/consents/{purpose}", "a volunteer Welzijn registered",
                EnumSet.of(COORDINATOR_WELZIJN));
        row("GET /api/volunteers/{id}/export", "Anna's profile", EnumSet.of(ADMIN));
        row("PUT /api/volunteers/{id}/vog", "a volunteer Welzijn registered", COORDINATORS);
        row("DELETE /api/volunteers/{id}/vog", "a volunteer Welzijn registered", COORDINATORS);
        row("PUT /api/volunteers/{id}/trainings/{code}", "a volunteer Welzijn registered", COORDINATORS);
        row("DELETE /api/volunteers/{id}/trainings/{code}", "a volunteer Welzijn registered", COORDINATORS);
        row("GET /api/volunteers/screening/expiring", "the pool", COORDINATORS);
        // accounts and how a volunteer is reached (issue 11)
        row("POST /api/volunteers/{id}/invitation",
                "a new volunteer of Welzijn's with an e-mail address (HandjeHelpen: "
                        + "not its volunteer)",
                union(EnumSet.of(COORDINATOR_WELZIJN), ADMIN));
        row("PUT /api/volunteers/{id}/notifications", "a volunteer Welzijn registered",
                union(EnumSet.of(COORDINATOR_WELZIJN), ADMIN));

        // --- volunteer-service: a volunteer's own profile; there is no id to guess under /me
        row("POST /api/volunteers/me", "the caller's new profile (Anna and Bram have one already: 409)",
                EnumSet.noneOf(Actor.class), Map.of(VOLUNTEER_A, 409, VOLUNTEER_B, 409));
        row("GET /api/volunteers/me", "the caller's profile", VOLUNTEERS);
        row("PUT /api/volunteers/me", "the caller's profile, sent back unchanged", VOLUNTEERS);
        row("DELETE /api/volunteers/me",
                "the caller's profile (played by stand-in volunteer accounts: erasing Anna would end the demo)",
                VOLUNTEERS);
        row("GET /api/volunteers/me/absences", "the caller's absences", VOLUNTEERS);
        row("POST /api/volunteers/me/absences", "the caller's absences", VOLUNTEERS);
        row("DELETE /api/volunteers/me/absences/{absenceId}", "an absence of Anna's (Bram: 404)",
                EnumSet.of(VOLUNTEER_A));
        row("PUT /api/volunteers/me/consents/{purpose}", "the caller's consent", VOLUNTEERS);
        row("DELETE /api/volunteers/me/consents/{purpose}", "the caller's consent", VOLUNTEERS);
        row("GET /api/volunteers/me/export", "the caller's data", VOLUNTEERS);
        row("GET /api/volunteers/me/consents/history", "the caller's consent history", VOLUNTEERS);
        row("PUT /api/volunteers/me/notifications", "the caller's preferences", VOLUNTEERS);

        // --- notification-service: the delivery log (an organisation's for coordinators, one's own for volunteers)
        row("GET /api/notifications/deliveries", "the caller's messages or their organisation's",
                union(union(COORDINATORS, VOLUNTEERS), ADMIN));
        row("PUT /api/notifications/subscription", "the caller's organisation's mails", COORDINATORS);
        row("GET /api/notifications/subscription", "the caller's subscription (the demo coordinators have one)",
                COORDINATORS);
        row("DELETE /api/notifications/subscription", "the caller's subscription", COORDINATORS);

        // --- request-service: partner A = HandjeHelpen posts; only HandjeHelpen's coordinator sees the requester
        row("POST /api/requests", "a new request of the caller's organisation", union(PARTNERS, COORDINATORS));
        row("GET /api/requests", "the caller's view of the requests", union(union(PARTNERS, COORDINATORS), ADMIN));
        row("GET /api/requests/{id}", "a request partner A posted (without requester for all but HandjeHelpen's "
                + "coordinator)", EnumSet.of(PARTNER_A, COORDINATOR_WELZIJN, COORDINATOR_HANDJEHELPEN, ADMIN));
        row("PUT /api/requests/{id}", "a request partner A posted", EnumSet.of(PARTNER_A, COORDINATOR_HANDJEHELPEN));
        row("POST /api/requests/{id}/status", "a request partner A posted, OPEN -> CANCELLED",
                EnumSet.of(PARTNER_A, COORDINATOR_HANDJEHELPEN));
        row("GET /api/requests/{id}/requester", "a request partner A posted", EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("DELETE /api/requests/{id}/requester", "a request partner A posted",
                EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("GET /api/requests/open", "open requests, anonymised", VOLUNTEERS);
        row("GET /api/requests/open/{id}", "an open request partner A posted, anonymised", VOLUNTEERS);
        row("POST /api/webhooks", "partner B's first webhook (partner A has one already: 409)",
                EnumSet.of(PARTNER_B), Map.of(PARTNER_A, 409));
        row("GET /api/webhooks", "the caller's organisation's webhooks", PARTNERS);
        row("GET /api/webhooks/{id}", "partner A's webhook", EnumSet.of(PARTNER_A));
        row("GET /api/webhooks/{id}/deliveries", "partner A's webhook", EnumSet.of(PARTNER_A));
        row("POST /api/webhooks/{id}/secret", "partner A's webhook (a new secret; the old one signs on during the "
                + "overlap)", EnumSet.of(PARTNER_A));
        row("DELETE /api/webhooks/{id}", "partner A's webhook", EnumSet.of(PARTNER_A));

        // --- matching-service: coordinators of the request's organisation; volunteers their own offers
        row("GET /api/candidates", "a request partner A posted", EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("POST /api/matches", "a request partner A posted and a volunteer who fits it",
                EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("GET /api/matches/{id}", "a match HandjeHelpen's coordinator proposed",
                EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("GET /api/offers", "the caller's open offers", VOLUNTEERS);
        // export: what matching holds on a volunteer (part of GET /api/volunteers/me/export and /{id}/export)
        row("GET /api/offers/export", "the caller's matches, hours, reasons and feedback", VOLUNTEERS);
        row("GET /api/matches/volunteers/{volunteerId}/export", "Anna's matches", EnumSet.of(ADMIN));
        row("POST /api/offers/{id}/accept", "an offer to Anna (Bram: 404)", EnumSet.of(VOLUNTEER_A));
        row("POST /api/offers/{id}/decline", "an offer to Anna (Bram: 404)", EnumSet.of(VOLUNTEER_A));
        // answered on the volunteer's behalf (phone, in person): a demo volunteer without an account
        row("POST /api/matches/{id}/accept", "an offer of HandjeHelpen's to a demo volunteer",
                EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("POST /api/matches/{id}/decline", "another offer of HandjeHelpen's to a demo volunteer",
                EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("POST /api/proposals", "HandjeHelpen's open requests, or Welzijn's", COORDINATORS);
        // the lifecycle after acceptance, in this order on one match of Anna's: activate, hours, feedback, complete;
        // ending on two more (one per side). Only the successful actor changes the match's state.
        row("GET /api/matches", "the caller's organisation's matches", COORDINATORS);
        row("GET /api/matches/call-list", "the offers waiting for a phone call (the caller's organisation's; an "
                + "admin's: all), with names from volunteer-service", union(COORDINATORS, ADMIN));
        row("POST /api/matches/{id}/activate", "a match of HandjeHelpen that Anna accepted",
                EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("POST /api/matches/{id}/hours", "that match, now ACTIVE", EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("GET /api/matches/{id}/hours", "that match", EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("GET /api/matches/{id}/hours/{entryId}", "an hours entry of that match",
                EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("GET /api/offers/{id}", "that match of Anna's (Bram: 404)", EnumSet.of(VOLUNTEER_A));
        row("POST /api/offers/{id}/hours", "that match of Anna's (Bram: 404)", EnumSet.of(VOLUNTEER_A));
        row("GET /api/offers/{id}/hours", "that match of Anna's (Bram: 404)", EnumSet.of(VOLUNTEER_A));
        row("GET /api/offers/{id}/hours/{entryId}", "an hours entry of that match (Bram: 404)",
                EnumSet.of(VOLUNTEER_A));
        row("POST /api/matches/{id}/feedback", "that match, the coordinator's side",
                EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("POST /api/offers/{id}/feedback", "that match, Anna's side (Bram: 404)", EnumSet.of(VOLUNTEER_A));
        row("POST /api/matches/{id}/complete", "that match", EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("POST /api/matches/{id}/end", "another ACTIVE match of Anna's", EnumSet.of(COORDINATOR_HANDJEHELPEN));
        row("POST /api/offers/{id}/end", "a third ACTIVE match of Anna's (Bram: 404)", EnumSet.of(VOLUNTEER_A));
        // aggregates of the whole coalition, small cells suppressed
        row("GET /api/reports/impact", "the coalition's figures", union(COORDINATORS, ADMIN));
        row("GET /api/volunteers/reports/funnel", "the coalition's funnel figures", union(COORDINATORS, ADMIN));
        row("GET /api/volunteers/reports/training", "the coalition's training figures", union(COORDINATORS, ADMIN));
        // training suggestions (issue 15): the caller's organisation's volunteers and requests only
        row("GET /api/candidates/training-suggestions", "the caller's organisation's suggestions", COORDINATORS);

        // --- volunteer-service: training sessions (issue 15); Welzijn's sessions are managed by Welzijn only
        row("POST /api/training-sessions", "a new session of the caller's organisation", COORDINATORS);
        row("GET /api/training-sessions", "the sessions (numbers, no names)", union(union(COORDINATORS, VOLUNTEERS),
                ADMIN));
        row("GET /api/training-sessions/{id}", "a session of Welzijn's", union(union(COORDINATORS, VOLUNTEERS),
                ADMIN));
        row("PUT /api/training-sessions/{id}", "a session of Welzijn's, sent back unchanged",
                EnumSet.of(COORDINATOR_WELZIJN));
        row("POST /api/training-sessions/{id}/cancel", "a new session of Welzijn's", EnumSet.of(COORDINATOR_WELZIJN));
        row("GET /api/training-sessions/{id}/enrolments", "a session of Welzijn's", EnumSet.of(COORDINATOR_WELZIJN));
        row("POST /api/training-sessions/{id}/enrolments", "a new volunteer into a session of Welzijn's",
                EnumSet.of(COORDINATOR_WELZIJN));
        row("DELETE /api/training-sessions/{id}/enrolments/{volunteerId}",
                "a volunteer Welzijn enrolled in its session", EnumSet.of(COORDINATOR_WELZIJN));
        row("PUT /api/training-sessions/{id}/enrolments/me", "the caller into a session of Welzijn's", VOLUNTEERS);
        row("DELETE /api/training-sessions/{id}/enrolments/me", "the caller's enrolment in a new session of Welzijn's",
                VOLUNTEERS);
        row("PUT /api/training-sessions/{id}/attendance", "a session of Welzijn's today, a volunteer it enrolled",
                EnumSet.of(COORDINATOR_WELZIJN));

        // --- volunteer-service: vacancies (issue 15); the open ones are read by anyone, without a token
        row("POST /api/vacancies", "a new vacancy of the caller's organisation", COORDINATORS);
        row("GET /api/vacancies", "the caller's organisation's vacancies (an admin's: all)",
                union(COORDINATORS, ADMIN));
        row("GET /api/vacancies/{id}", "a vacancy of Welzijn's", union(EnumSet.of(COORDINATOR_WELZIJN), ADMIN));
        row("PUT /api/vacancies/{id}", "a vacancy of Welzijn's, sent back unchanged", EnumSet.of(COORDINATOR_WELZIJN));
        row("GET /api/public/vacancies", "the open vacancies", EnumSet.allOf(Actor.class));
        row("GET /api/public/vacancies/{id}", "an open vacancy of Welzijn's", EnumSet.allOf(Actor.class));

        // --- volunteer-service: applications (issue 15); anyone applies without a token, coordinators take them in
        row("POST /api/public/applications", "an open application", EnumSet.allOf(Actor.class));
        row("GET /api/public/applications/confirmation", "the link of a confirmed application's mail",
                EnumSet.allOf(Actor.class));
        row("GET /api/applications", "the confirmed applications the caller manages (an admin's: all)",
                union(COORDINATORS, ADMIN));
        row("GET /api/applications/{id}", "a confirmed application to Welzijn's vacancy",
                union(EnumSet.of(COORDINATOR_WELZIJN), ADMIN));
        row("PUT /api/applications/{id}/intake", "that application", EnumSet.of(COORDINATOR_WELZIJN));
        row("POST /api/applications/{id}/outcome", "another confirmed application to Welzijn's vacancy, declined",
                EnumSet.of(COORDINATOR_WELZIJN));

        // --- volunteer-service: events for 60-plussers (issue 15); anyone signs up without a token
        row("POST /api/outreach-events", "a new event of the caller's organisation", COORDINATORS);
        row("GET /api/outreach-events", "the caller's organisation's events (an admin's: all)",
                union(COORDINATORS, ADMIN));
        row("GET /api/outreach-events/{id}", "an event of Welzijn's", union(EnumSet.of(COORDINATOR_WELZIJN), ADMIN));
        row("GET /api/outreach-events/{id}/signups", "an event of Welzijn's", EnumSet.of(COORDINATOR_WELZIJN));
        row("POST /api/outreach-events/{id}/invitations", "a new event of Welzijn's, today",
                EnumSet.of(COORDINATOR_WELZIJN));
        row("GET /api/public/outreach-events", "the upcoming events", EnumSet.allOf(Actor.class));
        row("GET /api/public/outreach-events/{id}", "an event of Welzijn's", EnumSet.allOf(Actor.class));
        row("POST /api/public/outreach-events/{id}/signups", "an event of Welzijn's with 30 places",
                EnumSet.allOf(Actor.class));
        row("GET /api/public/outreach-events/signups/confirmation", "the link of a confirmed sign-up's mail",
                EnumSet.allOf(Actor.class));
        // --- volunteer-service: the coalition's directory (issue 16); kept by each organisation, read by anyone
        row("PUT /api/directory/{alias}", "Welzijn's entry, sent back with If-Match *",
                union(EnumSet.of(COORDINATOR_WELZIJN), ADMIN));
        row("GET /api/public/directory", "the coalition's organisations", EnumSet.allOf(Actor.class));
        row("GET /api/public/directory/{alias}", "Welzijn's entry", EnumSet.allOf(Actor.class));
        row("GET /api/public/catalog", "the catalogue's names", EnumSet.allOf(Actor.class));

        // --- request-service: signals (issue 16); seen by the raiser and the receiving organisation only
        row("POST /api/signals", "a signal about a senior in Breukelen, referred to Welzijn with the contact details "
                + "the senior agreed to share (a volunteer must name the request of her match: 400)", COORDINATORS,
                Map.of(VOLUNTEER_A, 400, VOLUNTEER_B, 400));
        row("GET /api/signals", "the caller's raised and received signals", union(VOLUNTEERS, COORDINATORS));
        row("GET /api/signals/{id}", "a signal HandjeHelpen's coordinator referred to Welzijn", COORDINATORS);
        row("POST /api/signals/{id}/status", "a new signal of HandjeHelpen's to Welzijn, RAISED -> PICKED_UP (the "
                + "raiser may not)", EnumSet.of(COORDINATOR_WELZIJN));
        row("GET /api/signals/escalated", "the signals nobody picked up in time", EnumSet.of(ADMIN));
        // --- matching-service: the signals' counts, small cells suppressed
        row("GET /api/reports/signals", "this year's signals per kern", union(COORDINATORS, ADMIN));

    }

    private AuthorizationMatrix() {
    }

    private static void row(String operation, String onWhat, Set<Actor> succeed) {
        row(operation, onWhat, succeed, Map.of());
    }

    private static void row(String operation, String onWhat, Set<Actor> succeed, Map<Actor, Integer> passes) {
        if (ROWS.put(operation, new Row(operation, onWhat, Set.copyOf(succeed), Map.copyOf(passes), false)) != null) {
            throw new IllegalStateException("two rows for " + operation);
        }
    }

    private static Set<Actor> union(Set<Actor> actors, Actor more) {
        return union(actors, EnumSet.of(more));
    }

    private static Set<Actor> union(Set<Actor> a, Set<Actor> b) {
        EnumSet<Actor> all = EnumSet.noneOf(Actor.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
