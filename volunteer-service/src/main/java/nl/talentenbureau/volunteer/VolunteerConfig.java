package nl.talentenbureau.volunteer;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the volunteer-service; each one is documented in the service README. */
@ConfigMapping(prefix = "volunteer")
public interface VolunteerConfig {

    /** Years a VOG (certificate of conduct) counts as valid after its issue date. */
    @WithDefault("3")
    int vogValidityYears();

    Page page();

    Invitation invitation();

    Accounts accounts();

    Contact contact();

    Reports reports();

    Recruitment recruitment();

    interface Reports {

        /** The zone the funnel report's days and months are taken in (a status step at 23:30 UTC is the next day). */
        @WithDefault("Europe/Amsterdam")
        ZoneId zone();
    }

    /** Anonymous applications and event sign-ups: how long what they hold is kept, how large a body may be. */
    interface Recruitment {

        /** An application or sign-up whose mail link was not followed within this time is deleted. */
        @WithDefault("PT24H")
        Duration unconfirmedKeptFor();

        /** A declined application (and the profile it became) is erased this long after the decision. */
        @WithDefault("P180D")
        Duration declinedKeptFor();

        /** An application never decided (confirmed, or in intake) is erased after this long untouched. */
        @WithDefault("P365D")
        Duration idleKeptFor();

        /** A sign-up's personal data is erased this long after its event's day. */
        @WithDefault("P60D")
        Duration signupsKeptFor();

        /** How often the purge and the retention run (a scheduler interval, {@code off} for none). */
        @WithDefault("15m")
        String every();

        /** How long after the start the first run waits (a scheduler delay). */
        @WithDefault("1m")
        String delayed();

        /** Largest body an anonymous write may send (bytes); larger is 413. */
        @WithDefault("16384")
        int maxBodyBytes();
    }

    interface Invitation {

        /** How long the link of an invitation mail works (Keycloak's execute-actions lifespan). */
        @WithDefault("P7D")
        Duration lifespan();
    }

    interface Accounts {

        /**
         * Keycloak's admin REST base of the realm; empty: derived from {@code oidc.realm-url}
         * ({@code .../realms/talentenbureau} becomes {@code .../admin/realms/talentenbureau}).
         */
        Optional<String> adminUrl();

        /** How long a call to the admin API may take to connect. */
        @WithDefault("PT2S")
        Duration connectTimeout();

        /** How long a call to the admin API may wait for its answer before the operation answers 503. */
        @WithDefault("PT5S")
        Duration readTimeout();
    }

    interface Contact {

        /** The clients ({@code azp} of a service token) that may read a volunteer's contact details. */
        @WithDefault("notification-service")
        List<String> clients();
    }

    interface Page {

        /** Largest page a list call may ask for. */
        @WithDefault("200")
        int maxSize();

        /** Most ids one list call may ask for with the repeatable {@code id} parameter. */
        @WithDefault("100")
        int maxIds();
    }
}
