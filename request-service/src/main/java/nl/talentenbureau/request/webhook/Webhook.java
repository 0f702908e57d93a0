package nl.talentenbureau.request.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A partner organisation's status callback: one per organisation. Updates write only the columns that changed: the
 * dispatcher's lease ({@code busy_until}) and a rotation (the secrets) change the same row from different
 * transactions, and neither may write back the other's stale value.
 */
@Entity
@DynamicUpdate
public class Webhook {

    @Id
    public UUID id;
    public String organisation;
    public String url;
    /**
     * Shared secret for the HMAC-SHA256 signature, sealed by {@link SecretBox}; shown to the partner once, at
     * registration or rotation.
     */
    public String secret;
    /** The secret before the last rotation (sealed), still signing until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;
    /**
     * The receiver's lease: until then one instance has an attempt to it in flight and no other starts one (one
     * call at a time per receiver); after an attempt it is set to the moment it ended (least recently served first).
     */
    @Column(name = "busy_until")
    public OffsetDateTime busyUntil;
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
