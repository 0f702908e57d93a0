package nl.talentenbureau.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.notification.NotificationConfig;
import nl.talentenbureau.notification.followed.Followed;
import nl.talentenbureau.notification.followed.RequestFacts;
import nl.talentenbureau.notification.rules.Backoff;
import nl.talentenbureau.notification.rules.ContactRule;
import nl.talentenbureau.notification.rules.Kind;
import nl.talentenbureau.notification.rules.QuietHours;

/**
 * Sends the due delivery rows, on the scheduler's own thread (never the feed follower's: a slow SMTP server or
 * volunteer-service must not hold a cursor lock). Per row, at send time: the volunteer's contact details (or the
 * organisation's coordinators from Keycloak), the request's facts, the decline reason; then the mail, then SENT. A
 * failure (SMTP down, a service unreachable) leaves the row PENDING with the next attempt after a growing wait; after
 * the last attempt it is FAILED, never deleted. Rows are taken with a lease, so two replicas never send one at once.
 */
@ApplicationScoped
public class Dispatcher {

    private final Deliveries deliveries;
    private final VolunteerContacts contacts;
    private final Applicants applicants;
    private final Coordinators coordinators;
    private final MatchAnswers answers;
    private final Followed followed;
    private final Postman postman;
    private final NotificationConfig config;
    private final Letters letters;
    private final Backoff backoff;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean running = new AtomicBoolean();

    public Dispatcher(Deliveries deliveries, VolunteerContacts contacts, Applicants applicants,
            Coordinators coordinators, MatchAnswers answers, Followed followed, Postman postman,
            NotificationConfig config, ObjectMapper json) {
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.applicants = applicants;
        this.coordinators = coordinators;
        this.answers = answers;
        this.followed = followed;
        this.postman = postman;
        this.config = config;
        this.json = json;
        this.letters = new Letters(config.publicUrl(), config.zone(),
                config.recruitment().applyUrl().orElse(null));
        this.backoff = new Backoff(config.dispatch().initialBackoff(), config.dispatch().maxBackoff());
    }

    @Scheduled(every = "${notification.dispatch.every}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatchDue();
    }

    /** Sends what is due now, until nothing is; answers how many rows were handled. */
    public int dispatchDue() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int handled = 0;
            while (true) {
                List<Long> claimed = deliveries.claim(clock.instant(), config.dispatch().lease(),
                        config.dispatch().batchSize());
                if (claimed.isEmpty()) {
                    return handled;
                }
                for (long id : claimed) {
                    deliveries.load(id).ifPresent(this::handle);
                    handled++;
                }
            }
        } finally {
            running.set(false);
        }
    }

    private void handle(Delivery delivery) {
        Instant now = clock.instant();
        try {
            switch (delivery.audience) {
                case VOLUNTEER -> toVolunteer(delivery, now);
                case COORDINATORS -> {
                    int copies = deliveries.expand(delivery.id, coordinators.of(delivery.recipient), now);
                    Log.debugf("delivery %s (%s): %s coordinator copies", String.valueOf(delivery.id), delivery.kind,
                            String.valueOf(copies));
                }
                case ADMINS -> deliveries.expand(delivery.id, coordinators.admins(), now);
                case COORDINATOR -> toCoordinator(delivery, now);
                case APPLICANT -> toApplicant(delivery, now);
            }
        } catch (RuntimeException e) {
            Instant retryAt = now.plus(backoff.after(delivery.attempts + 1));
            DeliveryStatus status = deliveries.failed(delivery.id, kinds(e), retryAt,
                    config.dispatch().maxAttempts(), now);
            Log.warnf("delivery %d (%s) attempt %d failed: %s; %s", delivery.id, delivery.kind,
                    delivery.attempts + 1, kinds(e),
                    status == DeliveryStatus.FAILED ? "given up" : "retry at " + retryAt);
        }
    }

    private void toVolunteer(Delivery delivery, Instant now) {
        Optional<Contact> found = contacts.of(UUID.fromString(delivery.recipient));
        if (found.isEmpty()) {
            deliveries.skipped(delivery.id, ContactRule.UNKNOWN, now);
            return;
        }
        Contact contact = found.get();
        Optional<String> skip = ContactRule.skipReason(contact.reachBy(), contact.email(), contact.contactConsent(),
                contact.status());
        if (skip.isPresent()) {
            deliveries.skipped(delivery.id, skip.get(), now);
            Log.infof("delivery %d (%s) skipped: %s", delivery.id, delivery.kind, skip.get());
            return;
        }
        QuietHours quiet = contact.quietHours() == null
                ? null
                : QuietHours.of(contact.quietHours().from(), contact.quietHours().until());
        Optional<Instant> later = quiet == null ? Optional.empty() : quiet.postpone(now, config.zone());
        if (later.isPresent()) {
            deliveries.postponed(delivery.id, later.get(), now);
            Log.infof("delivery %d (%s) waits for the end of quiet hours: %s", delivery.id, delivery.kind,
                    later.get());
            return;
        }
        Letter letter = compose(delivery, Letters.language(contact.language()), contact.name(), Optional.empty());
        postman.send(contact.email(), letter, delivery.key, delivery.kind);
        deliveries.sent(delivery.id, clock.instant());
        Log.infof("delivery %d (%s) sent to volunteer %s", delivery.id, delivery.kind, delivery.recipient);
    }

    /**
     * An applicant or an event's sign-up: the address and the step's facts from volunteer-service at send time. Gone
     * (deleted unconfirmed, erased) or confirmed already for a confirmation mail: skipped with the reason.
     */
    private void toApplicant(Delivery delivery, Instant now) {
        Optional<ApplicantLetter> found = applicants.of(UUID.fromString(delivery.recipient));
        if (found.isEmpty() || found.get().email() == null || found.get().email().isBlank()) {
            deliveries.skipped(delivery.id, "applicant unknown, deleted unconfirmed or erased", now);
            return;
        }
        ApplicantLetter applicant = found.get();
        if (delivery.kind.confirmsAddress() && applicant.confirmToken() == null) {
            deliveries.skipped(delivery.id, "confirmed already", now);
            return;
        }
        JsonNode facts = json.valueToTree(applicant);
        Letter letter = letters.compose(new Letters.Input(delivery.kind, Letters.language(applicant.language()),
                applicant.name(), facts, Optional.empty(), Optional.ofNullable(applicant.declineReason())));
        postman.send(applicant.email(), letter, delivery.key, delivery.kind);
        deliveries.sent(delivery.id, clock.instant());
        Log.infof("delivery %d (%s) sent to applicant %s", delivery.id, delivery.kind, delivery.recipient);
    }

    private void toCoordinator(Delivery delivery, Instant now) {
        Optional<Coordinators.Person> person = coordinators.person(delivery.recipient);
        if (person.isEmpty() || person.get().email() == null || person.get().email().isBlank()) {
            deliveries.skipped(delivery.id, "coordinator without an e-mail address, disabled or removed", now);
            return;
        }
        Optional<String> reason = delivery.kind == Kind.OFFER_DECLINED && delivery.matchId != null
                ? answers.reason(delivery.matchId)
                : Optional.empty();
        Letter letter = compose(delivery, Letters.language(person.get().language()), person.get().name(), reason);
        postman.send(person.get().email(), letter, delivery.key, delivery.kind);
        deliveries.sent(delivery.id, clock.instant());
        Log.infof("delivery %d (%s) sent to coordinator %s", delivery.id, delivery.kind, delivery.recipient);
    }

    private Letter compose(Delivery delivery, String language, String name, Optional<String> reason) {
        JsonNode facts = read(delivery.facts);
        Optional<RequestFacts> request = facts.hasNonNull("requestId")
                ? followed.request(UUID.fromString(facts.get("requestId").asText()))
                : Optional.empty();
        return letters.compose(new Letters.Input(delivery.kind, language, name, facts, request, reason));
    }

    private JsonNode read(String facts) {
        try {
            return facts == null ? json.createObjectNode() : json.readTree(facts);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    /** The exception classes of the chain: never a message, which can quote an address. */
    static String kinds(Throwable e) {
        StringBuilder kinds = new StringBuilder();
        for (Throwable t = e; t != null && kinds.length() < 400; t = t.getCause()) {
            if (!kinds.isEmpty()) {
                kinds.append(" < ");
            }
            kinds.append(t.getClass().getSimpleName());
        }
        return kinds.toString();
    }
}
