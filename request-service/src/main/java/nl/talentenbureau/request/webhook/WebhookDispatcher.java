package nl.talentenbureau.request.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import javax.net.ssl.SSLContext;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.request.RequestConfig;

/**
 * Posts due deliveries: signed, retried with exponential backoff until the receiver answers 2xx or
 * {@code request.webhook.max-attempts} ran out. Every attempt goes into the delivery log.
 * <p>
 * A slow receiver delays only itself: each attempt has one deadline for all of it ({@link PinnedPost}), attempts run
 * in parallel on up to {@code request.webhook.parallelism} virtual threads, and each receiver (webhook) gets one
 * attempt at a time, across instances. A claim leases one delivery and its receiver for one attempt (its deadline
 * plus {@link #LEASE_MARGIN}), taken when a worker is free to start it at once, so a lease never runs out while its
 * attempt is still going and no other instance posts the same delivery meanwhile; a delivery whose instance died
 * is picked up again when its lease ends. The URL is checked again before each attempt and the connection goes to
 * the address that check saw; redirects are not followed.
 */
@ApplicationScoped
public class WebhookDispatcher {

    /** Time after the deadline for recording the attempt before the lease ends. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(10);

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final WebhookService service;
    private final RequestConfig config;
    private final UrlGuard guard;
    private final Backoff backoff;
    private final PinnedPost http;
    private final Semaphore slots;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("webhook-", 0).factory());

    public WebhookDispatcher(DeliveryRepository deliveries, WebhookRepository webhooks, WebhookService service,
            RequestConfig config) throws java.security.NoSuchAlgorithmException {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.service = service;
        this.config = config;
        this.guard = WebhookService.guardOf(config);
        this.backoff = new Backoff(config.webhook().initialBackoff(), config.webhook().maxBackoff());
        this.http = new PinnedPost(SSLContext.getDefault().getSocketFactory());
        this.slots = new Semaphore(config.webhook().parallelism());
    }

    /** Claims as many due deliveries as there are free workers and starts them; returns at once. */
    @Scheduled(every = "${request.webhook.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        int free = 0;
        while (slots.tryAcquire()) {
            free++;
        }
        if (free == 0) {
            return;
        }
        List<Claimed> claimed = List.of();
        try {
            claimed = claimDue(free);
        } finally {
            slots.release(free - claimed.size());
        }
        for (Claimed c : claimed) {
            workers.execute(() -> {
                try {
                    attempt(c);
                } catch (RuntimeException e) {
                    Log.errorf(e, "webhook delivery %s: attempt not recorded", c.id());
                } finally {
                    slots.release();
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** What one attempt needs, read and leased in a short transaction. */
    record Claimed(UUID id, UUID webhookId, String url, String body, List<String> secrets, UUID eventId,
            OffsetDateTime leaseUntil) {
    }

    /** Leases the oldest due delivery of up to {@code limit} idle receivers, one each. */
    @Transactional
    List<Claimed> claimDue(int limit) {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime leaseUntil = now.plus(config.webhook().timeout()).plus(LEASE_MARGIN);
        List<Claimed> claimed = new ArrayList<>();
        for (UUID webhookId : deliveries.lockIdleReceivers(now, limit)) {
            deliveries.lockOldestDue(webhookId, now).ifPresent(deliveryId -> {
                WebhookDelivery d = deliveries.findById(deliveryId);
                Webhook webhook = webhooks.findById(webhookId);
                webhook.busyUntil = leaseUntil;
                List<String> secrets;
                try {
                    secrets = service.signingSecrets(webhook, now);
                } catch (IllegalStateException e) {
                    // a secret sealed under another key: this receiver waits (a rotation gives it a new secret),
                    // the others go on
                    Log.warnf("webhook %s: its secret does not open with request.webhook.secret-key", webhookId);
                    return;
                }
                d.nextAttemptAt = leaseUntil;
                claimed.add(new Claimed(d.id, webhookId, d.url, d.body, secrets, d.eventId, leaseUntil));
            });
        }
        return claimed;
    }

    void attempt(Claimed claimed) {
        byte[] body = claimed.body().getBytes(StandardCharsets.UTF_8);
        UrlGuard.Target target;
        try {
            target = guard.check(claimed.url());
        } catch (ProblemException e) {
            record(claimed, null, "BLOCKED", UrlGuard.REFUSED, true);
            return;
        }
        String id = claimed.eventId().toString();
        long timestamp = OffsetDateTime.now().toEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "Talentenbureau-Webhooks/1");
        headers.put(Signatures.ID, id);
        headers.put(Signatures.TIMESTAMP, Long.toString(timestamp));
        headers.put(Signatures.SIGNATURE, Signatures.header(claimed.secrets(), id, timestamp, body));
        try {
            int status = http.post(target, headers, body, config.webhook().timeout());
            boolean acknowledged = status >= 200 && status < 300;
            record(claimed, status, acknowledged ? "ACKNOWLEDGED" : "REJECTED", null, false);
        } catch (PinnedPost.DeadlineExceeded e) {
            record(claimed, null, "UNREACHABLE", "no whole answer within " + config.webhook().timeout(), false);
        } catch (Exception e) {
            record(claimed, null, "UNREACHABLE", e.getClass().getName(), false);
        }
    }

    @Transactional
    void record(Claimed claimed, Integer statusCode, String outcome, String error, boolean giveUp) {
        OffsetDateTime now = OffsetDateTime.now();
        Webhook webhook = webhooks.findById(claimed.webhookId());
        if (webhook != null && webhook.busyUntil != null && webhook.busyUntil.isEqual(claimed.leaseUntil())) {
            webhook.busyUntil = now; // free for its next attempt; least recently served go first
        }
        WebhookDelivery delivery = deliveries.findById(claimed.id());
        if (delivery == null) {
            return; // the webhook was deleted meanwhile
        }
        delivery.attempts++;
        delivery.lastStatusCode = statusCode;
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = claimed.id();
        attempt.attempt = delivery.attempts;
        attempt.attemptedAt = now;
        attempt.statusCode = statusCode;
        attempt.outcome = outcome;
        attempt.error = error;
        deliveries.addAttempt(attempt);
        if ("ACKNOWLEDGED".equals(outcome)) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
        } else if (giveUp || delivery.attempts >= config.webhook().maxAttempts()) {
            delivery.status = DeliveryStatus.FAILED;
            Log.warnf("webhook delivery %s failed after %d attempts", claimed.id(), delivery.attempts);
        } else {
            delivery.nextAttemptAt = now.plus(backoff.after(delivery.attempts));
        }
    }
}
