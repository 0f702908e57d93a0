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
