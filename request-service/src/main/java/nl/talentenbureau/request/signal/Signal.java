package nl.talentenbureau.request.signal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.talentenbureau.request.request.Urgency;

/** A signal about a senior, referred to an organisation of the directory. */
@Entity
@Table(name = "signal")
public class Signal {

    @Id
    public UUID id;
    @Version
    public long version;
    @Enumerated(EnumType.STRING)
    public SignalStatus status;
    public String theme;
    public String kern;
    @Enumerated(EnumType.STRING)
    public Urgency urgency;
    @Column(name = "receiving_organisation")
    public String receivingOrganisation;
    /** The raiser's token subject; null once erased. */
    @Column(name = "raised_by")
    public String raisedBy;
    /** VOLUNTEER or COORDINATOR. */
    @Column(name = "raised_by_role")
    public String raisedByRole;
    @Column(name = "raised_by_organisation")
    public String raisedByOrganisation;
    /** A volunteer's signal: the live match she raised it under; null for a coordinator's, and once she is erased. */
    @Column(name = "raised_under_match")
    public UUID raisedUnderMatch;
    @Column(name = "request_id")
    public UUID requestId;
    @Enumerated(EnumType.STRING)
    @Column(name = "reference_kind")
    public Referral.Kind referenceKind;
    public String note;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "contact_address")
    public String contactAddress;
    @Column(name = "consent_channel")
    public String consentChannel;
    @Column(name = "consent_given_at")
    public OffsetDateTime consentGivenAt;
    @Column(name = "consent_recorded_by")
    public String consentRecordedBy;
    public String feedback;
    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;
    @Column(name = "picked_up_at")
    public OffsetDateTime pickedUpAt;
    @Column(name = "picked_up_by")
    public String pickedUpBy;
    @Column(name = "feedback_at")
    public OffsetDateTime feedbackAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Erasure (retention or the requester's): the note, the answer, the reference and who raised it go. */
    void erase(OffsetDateTime now) {
        note = null;
        feedback = null;
        requestId = null;
        contactName = null;
        contactPhone = null;
        contactAddress = null;
        consentChannel = null;
        consentGivenAt = null;
        consentRecordedBy = null;
        raisedBy = null;
        raisedUnderMatch = null;
        pickedUpBy = null;
        erasedAt = now;
        updatedAt = now;
    }

    /**
     * The raiser's erasure: who raised it goes (and whether she recorded the consent); the signal itself stays with
     * the receiving organisation, which still helps the senior.
     */
    void forgetRaiser(OffsetDateTime now) {
        if (raisedBy != null && raisedBy.equals(consentRecordedBy)) {
            consentRecordedBy = null;
        }
        raisedBy = null;
        raisedUnderMatch = null;
        updatedAt = now;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signal that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Signal.class.hashCode();
    }
}
