package nl.talentenbureau.volunteer.outreach;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's anonymous sign-up for an event; the personal fields are null once erased. */
@Entity
@Table(name = "outreach_signup")
public class Signup {

    @Id
    public UUID id;
    @Column(name = "event_id")
    public UUID eventId;
    public String name;
    public String email;
    public String phone;
    public boolean interested;
    @Column(name = "consent_at")
    public OffsetDateTime consentAt;
    @Column(name = "confirm_token")
    public String confirmToken;
    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;
    @Column(name = "invited_at")
    public OffsetDateTime invitedAt;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof Signup that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Signup.class.hashCode();
    }
}
