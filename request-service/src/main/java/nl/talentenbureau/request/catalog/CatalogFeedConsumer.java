package nl.talentenbureau.request.catalog;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;

/**
 * Follows the catalogue part of volunteer-service's feed (aggregate type {@code catalog}, filtered by the producer:
 * no volunteer event reaches this service). Each event carries the whole entry; the latest wins.
 */
@ApplicationScoped
public class CatalogFeedConsumer implements FeedConsumer {

    /** The feed's name: its cursor row and settings ({@code follower.feeds.catalog.*}). */
    public static final String FEED = "catalog";

    private final CatalogEntries entries;

    CatalogFeedConsumer(CatalogEntries entries) {
        this.entries = entries;
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("catalog");
    }

    @Override
    public void apply(FollowedEvent event) {
        CatalogList list = CatalogList.ofEvent(event.type()).orElse(null);
        if (list == null) {
            return;
        }
        JsonNode code = event.payload() == null ? null : event.payload().path("code");
        if (code == null || !code.isTextual() || code.asText().isBlank()) {
            throw new IllegalArgumentException(event.type() + " event at seq " + event.seq() + " has no code");
        }
        JsonNode retiredAt = event.payload().path("retiredAt");
        entries.put(list, code.asText(), retiredAt.isMissingNode() || retiredAt.isNull());
    }
}
