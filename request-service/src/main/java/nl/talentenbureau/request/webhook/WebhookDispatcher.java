package nl.talentenbureau.request.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.request.RequestConfig;

/**
 * Posts due deliveries: signed, one attempt each per run, retried with exponential backoff until the receiver
 * answers 2xx or {@code request.webhook.max-attempts} ran out. Every attempt goes into the delivery log. Redirects
 * are not followed (a redirect could lead into our network) and the URL is checked again before each attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final int BATCH = 20;

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final RequestConfig config;
    private final UrlGuard guard;
    private final Backoff backoff;
    private final HttpClient http;

    public WebhookDispatcher(DeliveryRepository deliveries, WebhookRepository webhooks, RequestConfig config) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.config = config;
        this.guard = WebhookService.guardOf(config);
        this.backoff = new Backoff(config.webhook().initialBackoff(), config.webhook().maxBackoff());
        this.http = HttpClient.newBuilder().connectTimeout(config.webhook().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${request.webhook.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        for (Claimed claimed : claimDue()) {
            attempt(claimed);
        }
    }

    /** What one attempt needs, read and leased in a short transaction. */
    record Claimed(UUID id, String url, String body, String secret, UUID eventId) {
    }

    /**
     * Locks due deliveries and pushes their next attempt one timeout ahead (a lease): another instance skips them
     * meanwhile, and a delivery whose sender died is picked up again after the lease.
     */
    @Transactional
    List<Claimed> claimDue() {
        OffsetDateTime now = OffsetDateTime.now();
        List<UUID> ids = deliveries.lockDue(now, BATCH);
        return ids.stream().map(deliveries::findById).map(d -> {
            d.nextAttemptAt = now.plus(config.webhook().timeout().multipliedBy(2));
            Webhook webhook = webhooks.findById(d.webhookId);
            return new Claimed(d.id, d.url, d.body, webhook.secret, d.eventId);
        }).toList();
    }

    void attempt(Claimed claimed) {
        byte[] body = claimed.body().getBytes(StandardCharsets.UTF_8);
        URI uri;
        try {
            uri = guard.check(claimed.url());
        } catch (ProblemException e) {
            record(claimed.id(), null, "BLOCKED", e.getMessage(), true);
            return;
        }
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri)
                    .timeout(config.webhook().timeout())
                    .header("Content-Type", "application/json")
                    .header(Signatures.HEADER, Signatures.sign(claimed.secret(), body))
                    .header("X-Talentenbureau-Event-Id", claimed.eventId().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            boolean acknowledged = status >= 200 && status < 300;
            record(claimed.id(), status, acknowledged ? "ACKNOWLEDGED" : "REJECTED", null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            record(claimed.id(), null, "UNREACHABLE", e.getClass().getName(), false);
        } catch (Exception e) {
            record(claimed.id(), null, "UNREACHABLE", e.getClass().getName(), false);
        }
    }

    @Transactional
    void record(UUID deliveryId, Integer statusCode, String outcome, String error, boolean giveUp) {
        WebhookDelivery delivery = deliveries.findById(deliveryId);
        if (delivery == null) {
            return; // the webhook was deleted meanwhile
        }
        OffsetDateTime now = OffsetDateTime.now();
        delivery.attempts++;
        delivery.lastStatusCode = statusCode;
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = deliveryId;
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
            Log.warnf("webhook delivery %s failed after %d attempts", deliveryId, delivery.attempts);
        } else {
            delivery.nextAttemptAt = now.plus(backoff.after(delivery.attempts));
        }
    }
}
