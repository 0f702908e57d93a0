package nl.talentenbureau.volunteer.account;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The invitation of one profile's volunteer to an account: the Keycloak user made for it and when it was sent. */
@Entity
public class Invitation {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    /** The Keycloak user's id, which becomes the token subject and so the profile's subject on linking. */
    @Column(name = "keycloak_user_id")
    public String keycloakUserId;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "times_sent")
    public int timesSent;
    /** When the account first called the API and the profile was linked; null while pending. */
    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    public boolean pending() {
        return acceptedAt == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Invitation that && volunteerId != null && volunteerId.equals(that.volunteerId);
    }

    @Override
    public int hashCode() {
        return Invitation.class.hashCode();
    }
}
