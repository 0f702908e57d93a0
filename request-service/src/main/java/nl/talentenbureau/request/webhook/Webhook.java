package nl.talentenbureau.request.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A partner organisation's status callback: one per organisation. */
@Entity
public class Webhook {

    @Id
    public UUID id;
    public String organisation;
    public String url;
    /** Shared secret for the HMAC-SHA256 signature; shown to the partner once, at registration. */
    public String secret;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof Webhook that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Webhook.class.hashCode();
    }
}
