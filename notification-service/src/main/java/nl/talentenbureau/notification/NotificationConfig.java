package nl.talentenbureau.notification;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;

/** The service's own settings ({@code notification.*}); defaults in application.properties and the README. */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    /** Where links in mails start ({@code PUBLIC_URL}): the gateway's public address. */
    String publicUrl();

    /** The time zone of quiet hours, dates in mails, the daily and weekly checks. */
    ZoneId zone();

    Keycloak keycloak();

    Dispatch dispatch();

    Events events();

    Reminder reminder();

    Page page();

    Renewals renewals();

    Digest digest();

    Recruitment recruitment();

    interface Recruitment {

        /**
         * The page with the application form (the coalition's website) that an event's invitation links to, with
         * {@code ?bron=EVENT&evenement={eventId}}; empty: the web app's public form {@code {public-url}/solliciteren}.
         */
        java.util.Optional<String> applyUrl();
    }

    interface Renewals {

        /** When the daily VOG and training check runs (cron, Europe/Amsterdam; {@code off} switches it off). */
        String cron();
    }

    interface Digest {

        /** When the weekly digest is made (cron, Europe/Amsterdam; {@code off} switches it off). */
        String cron();
    }

    interface Keycloak {

        /** The realm's URL ({@code oidc.realm-url}); the admin API is at the same host under {@code /admin}. */
        String realmUrl();
    }

    interface Dispatch {

        /** How often the dispatcher looks for due messages ({@code off} switches it off). */
        String every();

        /** Rows handed to the mailer per run. */
        int batchSize();

        /** How long a replica holds the rows it took; after a crash another takes them after this. */
        Duration lease();

        Duration initialBackoff();

        Duration maxBackoff();

        /** After this many failed attempts a row is FAILED (kept, never deleted). */
        int maxAttempts();
    }

    interface Events {

        /** A match event older than this (a feed read from the start, a long outage) sends nothing. */
        Duration maxAge();
    }

    interface Reminder {

        /** How long before an offer's deadline the reminder goes. */
        Duration before();
    }

    interface Page {

        int maxSize();
    }
}
