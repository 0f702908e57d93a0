package nl.talentenbureau.matching;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings (README, "Configuration"). */
@ConfigMapping(prefix = "matching")
public interface MatchingConfig {

    /** The zone "today" is taken in: screening and absences are checked on that day. */
    @WithDefault("Europe/Amsterdam")
    ZoneId zone();

    WeightsConfig weights();

    Offers offers();

    Index index();

    Volunteers volunteers();

    Retention retention();

    Suggestions suggestions();

    interface Suggestions {

        /** A training whose last valid day is at most this many days away counts as running out (suggestions). */
        @WithDefault("60")
        int horizonDays();
    }

    interface Retention {

        /**
         * Free text of a match (decline and end reasons, feedback comments) is blanked this long after the match
         * closed (declined, expired, withdrawn, completed or ended); ratings, hours and counts stay.
         */
        @WithDefault("P90D")
        java.time.Period eraseAfter();

        /** How often the retention job runs ({@code off} disables it: tests). */
        @WithDefault("1h")
        String every();

        /** How long after start the retention job first runs (the end-to-end tests shorten it). */
        @WithDefault("1m")
        String delayed();
    }

    interface Volunteers {

        /** volunteer-service's base URL, for the names and phone numbers of the call list. */
        String url();
    }

    interface Index {

        /**
         * How often a replica checks whether the projection or the matches changed elsewhere and rebuilds its index
         * ({@code off} disables the check: tests, or a single replica).
         */
        @WithDefault("10s")
        String refreshInterval();
    }

    interface Offers {

        /** How long a volunteer has to accept or decline a proposed match. */
        @WithDefault("PT72H")
        java.time.Duration answerWithin();

        /** How often unanswered offers past their deadline are expired ({@code off} disables the job: tests). */
        @WithDefault("1m")
        String expiryCheck();
    }

    interface WeightsConfig {

        double skills();

        double availability();

        double distance();

        double load();

        double continuity();
    }

}
