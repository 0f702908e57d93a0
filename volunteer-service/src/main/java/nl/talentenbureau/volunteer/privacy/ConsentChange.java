package nl.talentenbureau.volunteer.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a consent, as recorded: never updated, deleted only with the profile (erasure). */
@Entity
@Table(name = "consent_history")
public class ConsentChange {

    public enum Action {
        GIVEN,
        WITHDRAWN
    }

    @Id
    public UUID id;
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    @Enumerated(EnumType.STRING)
    public ConsentPurpose purpose;
    @Enumerated(EnumType.STRING)
    public Action action;
    @Enumerated(EnumType.STRING)
    public ConsentChannel channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role")
    public ConsentActor.Role actorRole;
    @Column(name = "actor_subject")
    public String actorSubject;
    @Column(name = "actor_organisation")
    public String actorOrganisation;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsentChange that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return ConsentChange.class.hashCode();
    }
}
