package nl.talentenbureau.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Idempotency-Key for creating POSTs, scoped per client (the token subject) and kept for
 * {@code idempotency.retention}. The answer is written once, as JSON text, and that very text is what the first
 * caller and every replay get, so all answers for one key are byte-for-byte the same.
 *
 * <ul>
 * <li>The first call claims the key in its own committed transaction, does the work and stores the answer.</li>
 * <li>The same key with the same body replays that answer; with another body it answers 422.</li>
 * <li>A call that finds the key still in flight waits (polling) up to {@code request.idempotency.wait-for-in-flight}
 * for the first answer and replays it; a key still in flight after that answers 409.</li>
 * <li>When the work fails the claim is released, so the client may retry with the same key.</li>
 * </ul>
 */
@ApplicationScoped
public class Idempotency {

    private static final Duration POLL = Duration.ofMillis(25);

    public static final String HEADER = "Idempotency-Key";

    private final IdempotencyStore store;
    private final IdempotencyConfig config;
    private final ObjectMapper json;

    Idempotency(IdempotencyStore store, IdempotencyConfig config, ObjectMapper json) {
        this.store = store;
        this.config = config;
        this.json = json;
    }

    /** What a creating call made: where it lives, its version (the ETag) and the view to answer with. */
    public record Created(String location, long version, Object view) {
    }

    /**
     * Runs a creating call once per client and key and answers 201; without a key it simply runs. {@code input} is
     * the request body as received: the same key with another body is refused.
     */
    public StoredAnswer create(String clientId, String key, Object input, Supplier<Created> work) {
        Supplier<StoredAnswer> answered = () -> {
            Created created = work.get();
            return new StoredAnswer(201, write(created.view()), created.location(),
                    new EntityTag(Long.toString(created.version())).toString());
        };
        if (key == null || key.isBlank()) {
            return answered.get();
        }
        return once(clientId, key, write(input), answered);
    }

    /** Runs {@code work} once per client and key; {@code canonicalBody} identifies the request's content. */
    public StoredAnswer once(String clientId, String key, String canonicalBody, Supplier<StoredAnswer> work) {
        String hash = sha256(canonicalBody);
        long deadline = System.nanoTime() + config.waitForInFlight().toNanos();
        while (true) {
            if (store.claim(clientId, key, hash)) {
                StoredAnswer answer;
                try {
                    answer = work.get();
                } catch (RuntimeException e) {
                    store.release(clientId, key);
                    throw e;
                }
                store.complete(clientId, key, answer);
                return answer;
            }
            Optional<IdempotencyStore.Row> row = store.find(clientId, key);
            if (row.isEmpty()) {
                continue; // released or purged since our claim failed: claim it again
            }
            if (!row.get().requestHash().equals(hash)) {
                throw ProblemException.unprocessable("Idempotency-Key",
                        "was used before with another body; use a new key for a new request");
            }
            if (row.get().state() == IdempotencyStore.State.DONE) {
                return row.get().answer();
            }
            if (System.nanoTime() > deadline) {
                throw ProblemException.conflict(
                        "a request with this Idempotency-Key is still being processed; retry in a moment");
            }
            sleep();
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int purged = store.purgeCreatedBefore(OffsetDateTime.now().minus(config.retention()));
        if (purged > 0) {
            Log.infof("purged %d idempotency keys", purged);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an Idempotency-Key in flight", e);
        }
    }
}
