package nl.talentenbureau.notification.subscription;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Subscription", description = "You receive the mails of this organisation: offers accepted, declined or expired, the next candidate offered, the weekly digest")
public record SubscriptionView(
        @Schema(description = "Your organisation (from your token)", examples = "handjehelpen") String organisation,
        @Schema(description = "Since when", examples = "2026-12-02T09:00:00Z") OffsetDateTime subscribedAt) {

    static SubscriptionView of(Subscription subscription) {
        return new SubscriptionView(subscription.organisation, subscription.subscribedAt);
    }
}
