package nl.talentenbureau.request.webhook;

import java.net.InetAddress;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.request.RequestConfig;
import nl.talentenbureau.request.webhook.WebhookViews.AttemptView;
import nl.talentenbureau.request.webhook.WebhookViews.DeliveryView;
import nl.talentenbureau.request.webhook.WebhookViews.StatusEvent;
import nl.talentenbureau.request.webhook.WebhookViews.WebhookRegistered;
import nl.talentenbureau.request.webhook.WebhookViews.WebhookSecretRotated;
import nl.talentenbureau.request.webhook.WebhookViews.WebhookView;

/** A partner's webhook: registration, the deliveries a status change causes, and their log. */
@ApplicationScoped
public class WebhookService {

    public static final String STATUS_CHANGED = "RequestStatusChanged";

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final ObjectMapper json;
    private final UrlGuard guard;
    private final SecretBox box;
    private final RequestConfig config;

    public WebhookService(WebhookRepository webhooks, DeliveryRepository deliveries, ObjectMapper json,
            RequestConfig config) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.json = json;
        this.config = config;
        this.guard = guardOf(config);
        this.box = new SecretBox(config.webhook().secretKey());
    }

    static UrlGuard guardOf(RequestConfig config) {
        return new UrlGuard(config.webhook().requireHttps(), config.webhook().allowLoopback(),
                config.webhook().allowPrivate(), InetAddress::getAllByName);
    }

    @Transactional
    public WebhookRegistered register(String organisation, String url) {
        guard.check(url);
        if (webhooks.findByOrganisation(organisation).isPresent()) {
            throw ProblemException.conflict("your organisation has a webhook already: delete it first");
        }
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.organisation = organisation;
        webhook.url = url;
        String secret = Signatures.newSecret();
        webhook.secret = box.seal(secret, webhook.id);
        webhook.createdAt = OffsetDateTime.now();
        webhooks.persist(webhook);
        return new WebhookRegistered(webhook.id, webhook.url, secret, webhook.createdAt);
    }

    /**
     * A new secret for the webhook; the one it replaces keeps signing next to it for
     * {@code request.webhook.rotation-overlap}, so the partner can switch its receiver without losing deliveries. A
     * rotation during an overlap ends the older secret's overlap at once.
     */
    @Transactional
    public WebhookSecretRotated rotate(String organisation, UUID id) {
        Webhook webhook = requireOwn(organisation, id);
        String secret = Signatures.newSecret();
        webhook.previousSecret = webhook.secret;
        webhook.previousSecretUntil = OffsetDateTime.now().plus(config.webhook().rotationOverlap());
        webhook.secret = box.seal(secret, webhook.id);
        return new WebhookSecretRotated(webhook.id, secret, webhook.previousSecretUntil);
    }

    /**
     * The secrets that sign a delivery now: the current one, and the previous one during its overlap. Throws
     * {@link IllegalStateException} when the current one does not open (another key).
     */
    List<String> signingSecrets(Webhook webhook, OffsetDateTime now) {
        String current = box.open(webhook.secret, webhook.id);
        if (webhook.previousSecret != null && webhook.previousSecretUntil != null
                && webhook.previousSecretUntil.isAfter(now)) {
            try {
                return List.of(current, box.open(webhook.previousSecret, webhook.id));
            } catch (IllegalStateException e) {
                // sealed under a key that is gone: the new secret alone signs
                Log.warnf("webhook %s: its previous secret does not open; signing with the current one", webhook.id);
            }
        }
        return List.of(current);
    }

    public List<WebhookView> list(String organisation) {
        return webhooks.findByOrganisation(organisation).map(WebhookView::of).stream().toList();
    }

    public WebhookView get(String organisation, UUID id) {
        return WebhookView.of(requireOwn(organisation, id));
    }

    @Transactional
    public void delete(String organisation, UUID id) {
        webhooks.delete(requireOwn(organisation, id));
    }

    /** The delivery log, newest first, each delivery with its attempts. */
    public PageView<DeliveryView> deliveries(String organisation, UUID webhookId, int page, int size) {
        requireOwn(organisation, webhookId);
        var query = deliveries.find("webhookId", Sort.descending("createdAt").and("id"), webhookId)
                .page(Page.of(page, size));
        List<WebhookDelivery> found = query.list();
        Map<UUID, List<AttemptView>> logs = deliveries.attemptsOf(found.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId,
                        Collectors.mapping(AttemptView::of, Collectors.toList())));
        return new PageView<>(found.stream().map(d -> DeliveryView.of(d, logs.getOrDefault(d.id, List.of())))
                .toList(), page, size, query.count());
    }

    /**
     * A request of {@code organisation} changed status: queue one delivery to its webhook, if it has one, in the
     * transaction of the change (so no change goes unreported and no report is sent for a change that rolled back).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(String organisation, UUID requestId, String previousStatus, String status,
            OffsetDateTime at) {
        webhooks.findByOrganisation(organisation).ifPresent(webhook -> {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.webhookId = webhook.id;
            delivery.organisation = organisation;
            delivery.eventId = UUID.randomUUID();
            delivery.eventType = STATUS_CHANGED;
            delivery.requestId = requestId;
            delivery.url = webhook.url;
            delivery.body = write(new StatusEvent(delivery.eventId, STATUS_CHANGED, requestId, organisation,
                    previousStatus, status, at));
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = at;
            delivery.createdAt = at;
            deliveries.persist(delivery);
        });
    }

    private Webhook requireOwn(String organisation, UUID id) {
        Webhook webhook = webhooks.findById(id);
        if (webhook == null || !webhook.organisation.equals(organisation)) {
            throw ProblemException.notFound("webhook");
        }
        return webhook;
    }

    private String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook event cannot be written as JSON", e);
        }
    }
}
