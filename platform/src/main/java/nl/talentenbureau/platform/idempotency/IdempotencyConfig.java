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

    /**
     * How long a claim holds a key that is still in flight. A call whose process died leaves its key in flight; once
     * the lease has run out, the next call with that key and body takes it over and does the work. A call that is
     * only slow and outlives its lease finds its claim taken when it wants to store its answer, and its work is
     * rolled back (work and answer commit together), so the work is still done once. Longer than the slowest create.
     */
    @WithDefault("PT30S")
    Duration inFlightLease();
}
