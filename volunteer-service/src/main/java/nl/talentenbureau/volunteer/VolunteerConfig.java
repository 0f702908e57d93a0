package nl.talentenbureau.volunteer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the volunteer-service; each one is documented in the service README. */
@ConfigMapping(prefix = "volunteer")
public interface VolunteerConfig {

    /** Years a VOG (certificate of conduct) counts as valid after its issue date. */
    @WithDefault("3")
    int vogValidityYears();

    Page page();

    interface Page {

        /** Largest page a list call may ask for. */
        @WithDefault("200")
        int maxSize();

        /** Most ids one list call may ask for with the repeatable {@code id} parameter. */
        @WithDefault("100")
        int maxIds();
    }
}
