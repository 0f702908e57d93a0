package nl.talentenbureau.request;

import java.time.Duration;
import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the request-service; each one is documented in the service README. */
@ConfigMapping(prefix = "request")
public interface RequestConfig {

    Page page();

    Expiry expiry();

    Retention retention();

    Webhook webhook();

    RequesterKey requesterKey();

    Signals signals();

    /** Signals (issue 16): escalation of the ones nobody picked up, and how long their notes and references stay. */
    interface Signals {

        /** A signal still RAISED this long after it was raised goes to the coalition's admin. */
        @WithDefault("PT72H")
        Duration escalateAfter();

        /** ... and an urgent (HIGH) one after this. */
        @WithDefault("PT24H")
        Duration escalateAfterUrgent();

        /** How often the escalation check runs ("off" disables it). */
        @WithDefault("10m")
        String escalationEvery();

        /** The note, feedback, reference and raiser of a closed signal are erased this long after it closed. */
        @WithDefault("P365D")
        Period eraseAfter();

        /** How often the signals' retention job runs ("off" disables it). */
        @WithDefault("1h")
        String retentionEvery();

        /** How long after start the retention job first runs (the end-to-end tests shorten it). */
        @WithDefault("1m")
        String retentionDelayed();

        /** Signals erased per transaction by the retention job. */
        @WithDefault("100")
        int batchSize();
    }

    interface RequesterKey {

        /**
         * The HMAC key of the requester key in the feed. The default is a demo value: production must set its own,
         * or anyone who knows the default can test a phone number against a key.
         */
        @WithDefault("demo-requester-key-secret-change-me")
        String secret();
    }

    interface Page {

        /** Largest page a list call may ask for. */
        @WithDefault("200")
        int maxSize();
    }

    interface Expiry {

        /** An OPEN request older than this expires, also without a due date. */
        @WithDefault("P90D")
        Period maxAge();

        /** How often the expiry job runs ("off" disables it). */
        @WithDefault("10m")
        String every();
    }

    interface Retention {

        /** The requester's personal data is erased this long after the request ended. */
        @WithDefault("P90D")
        Period eraseAfter();

        /**
         * A request that never ends by itself (MATCHED without a due date, IN_PROGRESS) has its requester's data
         * erased this long after its last activity: its last change (every step, also those the matching feed takes)
         * or the last day of its schedule, whichever is later.
         */
        @WithDefault("P365D")
        Period idleAfter();

        /** How often the retention job runs ("off" disables it). */
        @WithDefault("1h")
        String every();

        /** How long after start the retention job first runs (the end-to-end tests shorten it). */
        @WithDefault("1m")
        String delayed();

        /**
         * Requests erased per transaction: each holds the outbox lock until it commits, so a batch bounds how long
         * partner intake can wait behind the job.
         */
        @WithDefault("100")
        int batchSize();
    }

    interface Webhook {

        /** Only https URLs are accepted; switch off for a local test receiver only. */
        @WithDefault("true")
        boolean requireHttps();

        /** Allow URLs that resolve to a loopback address (127.0.0.0/8, ::1). */
        @WithDefault("false")
        boolean allowLoopback();

        /** Allow URLs that resolve to private, link-local or unique-local addresses. */
        @WithDefault("false")
        boolean allowPrivate();

        /** How often the delivery job looks for due deliveries. */
        @WithDefault("5s")
        String every();

        /** Wait before the first retry; doubled after every failed attempt, up to maxBackoff. */
        @WithDefault("PT10S")
        Duration initialBackoff();

        @WithDefault("PT1H")
        Duration maxBackoff();

        /** After this many failed attempts a delivery is given up (FAILED). */
        @WithDefault("12")
        int maxAttempts();

        /**
         * Deadline of one delivery attempt, all of it: connect, send, and read the whole answer. A receiver that is
         * slower is cut off and retried later; it delays only its own deliveries.
         */
        @WithDefault("PT5S")
        Duration timeout();

        /** Attempts in flight at once on one instance (to different receivers; one receiver gets one at a time). */
        @WithDefault("8")
        int parallelism();

        /**
         * AES-GCM key (base64 or base64url of 32 bytes) that seals the webhook secrets in the database (WEBHOOK_SECRET_KEY). No
         * default outside dev and test: the service does not start without one.
         */
        String secretKey();

        /** After a rotation the previous secret keeps signing (a second signature) this long. */
        @WithDefault("P1D")
        Duration rotationOverlap();
    }
}
