package nl.talentenbureau.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Idempotency-Key for creating POSTs, scoped per client (the token subject) and kept for
 * {@code idempotency.retention}.
 *
 * <p>
 * The store keeps no answer body: a created resource holds personal data (a requester, a volunteer's contact details)
 * that erasure and retention must reach, and a copy in this table would outlive them for a day and come back on every
 * replay. A key keeps only the status, the {@code Location} and the request's hash. Every answer for a key, the first
 * and each replay, is the resource as {@code current} reads it at that moment, for that caller: as long as nobody
 * changed it the answers are byte-for-byte the same; after a change a replay shows the current version (and its
 * ETag); after erasure it shows what erasure left, or the 404 that {@code current} throws.
 *
 * <ul>
 * <li>The first call claims the key in its own committed transaction, then does the work and stores the answer in
 * one transaction: a process that dies between the two leaves no work without its answer.</li>
 * <li>The same key with the same body replays that answer; with another body it answers 422.</li>
 * <li>A call that finds the key still in flight waits (polling) up to {@code request.idempotency.wait-for-in-flight}
 * for the first answer and replays it; a key still in flight after that answers 409.</li>
 * <li>When the work fails the claim is released, so the client may retry with the same key.</li>
 * <li>A claim still in flight after {@code idempotency.in-flight-lease} (its process died) is taken over by the next
 * call with the same body, instead of answering 409 until the key expires.</li>
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

    /**
     * What a creating call made: where it lives and, when the work read it back before its commit, the resource as it
     * is now (so the first answer needs no second read). The location's last path segment is the resource's id, which
     * is what {@code current} is given for a replay.
     */
    public record Created(String location, Current now) {

        /** Made, where it lives; the answer reads it anew ({@code current}). */
        public Created(String location) {
            this(location, null);
        }

        String id() {
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** The resource as it is now: its version (the ETag) and the view this caller may see. */
    public record Current(long version, Object view) {
    }

    /**
     * Runs a creating call once per client and key and answers 201 with the resource as {@code current} reads it
     * (given the id); without a key it simply runs. {@code input} is the request body as received: the same key with
     * another body is refused. {@code current} throws the problem (404) when the resource is gone.
     */
    public StoredAnswer create(String clientId, String key, Object input, Supplier<Created> work,
            Function<String, Current> current) {
        AtomicReference<Current> made = new AtomicReference<>();
        Supplier<StoredAnswer> answered = () -> {
            Created created = work.get();
            made.set(created.now());
            return new StoredAnswer(201, null, created.location(), null);
        };
        StoredAnswer stored = key == null || key.isBlank()
                ? answered.get()
                : once(clientId, key, write(input), answered);
        // this call's own work (committed) answers with what it read back; a replay reads the resource anew
        Current now = made.get() != null ? made.get() : current.apply(new Created(stored.location()).id());
        return new StoredAnswer(stored.status(), write(now.view()), stored.location(),
                new EntityTag(Long.toString(now.version())).toString());
    }

    /**
     * Runs {@code work} once per client and key; {@code canonicalBody} identifies the request's content. Only the
     * answer's status and location are stored (never its body or ETag), so a replay answers those.
     */
    StoredAnswer once(String clientId, String key, String canonicalBody, Supplier<StoredAnswer> work) {
        String hash = sha256(canonicalBody);
        long deadline = System.nanoTime() + config.waitForInFlight().toNanos();
        while (true) {
            UUID lease = UUID.randomUUID();
            if (store.claim(clientId, key, hash, lease, OffsetDateTime.now().minus(config.inFlightLease()))) {
                try {
                    return QuarkusTransaction.requiringNew().call(() -> {
                        StoredAnswer answer = work.get();
                        if (!store.complete(clientId, key, lease, answer)) {
                            // this call outlived its lease and another one took the key: undo this call's work
                            throw ProblemException
                                    .conflict("this call took longer than the Idempotency-Key's lease and "
                                            + "a retry with the same key took it over; the retry's answer stands");
                        }
                        return answer;
                    });
                } catch (RuntimeException e) {
                    store.release(clientId, key, lease);
                    throw e;
                }
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
