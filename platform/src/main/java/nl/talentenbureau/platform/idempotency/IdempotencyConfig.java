package nl.talentenbureau.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "idempotency")
public interface IdempotencyConfig {

    /** How long an Idempotency-Key and its answer are kept. */
    @WithDefault("PT24H")
    Duration retention();

    /** How long a second call with a key still in flight waits for the first answer before it answers 409. */
    @WithDefault("PT5S")
    Duration waitForInFlight();
}
