package nl.talentenbureau.request.requester;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The requester's personal data, one row per help request, kept apart from the request itself. */
@Entity
public class Requester {

    @Id
    @Column(name = "request_id")
    public UUID requestId;
    public String name;
    public String phone;
    @Column(name = "address_line")
    public String addressLine;
    public String notes;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    /** HMAC of the contact details (RequesterKeys): finds this person's key for their next request; erased with them. */
    @Column(name = "identity_hash")
    public String identityHash;
    /** The random pseudonymous key the feed carries; erased with the contact details. */
    @Column(name = "requester_key")
    public String requesterKey;

    @Override
    public boolean equals(Object other) {
        return other instanceof Requester that && requestId != null && requestId.equals(that.requestId);
    }

    @Override
    public int hashCode() {
        return Requester.class.hashCode();
    }
}
