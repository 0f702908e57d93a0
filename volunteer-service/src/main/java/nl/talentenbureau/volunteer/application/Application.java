package nl.talentenbureau.volunteer.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One person's application; the personal fields are null once erased. */
@Entity
public class Application {

    @Id
    public UUID id;
    @Version
    public long version;
    public String organisation;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "referred_by")
    public UUID referredBy;
    @Enumerated(EnumType.STRING)
    public ApplicationSource source;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
    public String name;
    public String email;
    public String phone;
    public String motivation;
    public String kern;
    @Column(name = "consent_at")
    public OffsetDateTime consentAt;
    @Column(name = "confirm_token")
    public String confirmToken;
    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;
    @Column(name = "intake_at")
    public OffsetDateTime intakeAt;
    @Column(name = "intake_with")
    public String intakeWith;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "decline_reason")
    public String declineReason;
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Anonymises: what points to the person goes, the row stays (source, kern, status, dates) for the counts. */
    void erase(OffsetDateTime now) {
        name = null;
        email = null;
        phone = null;
        motivation = null;
        intakeWith = null;
        declineReason = null;
        confirmToken = null;
        referredBy = null;
        erasedAt = now;
        updatedAt = now;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Application that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Application.class.hashCode();
    }
}
