package nl.talentenbureau.volunteer.outreach;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An event for 60-plussers an organisation gives, as a way in to volunteering ("vinden"). */
@Entity
@Table(name = "outreach_event")
public class OutreachEvent {

    @Id
    public UUID id;
    @Version
    public long version;
    public String organisation;
    public String title;
    public String description;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Column(name = "starts_at")
    public LocalTime startsAt;
    public String kern;
    public String place;
    public int places;
    @Column(name = "invited_at")
    public OffsetDateTime invitedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof OutreachEvent that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return OutreachEvent.class.hashCode();
    }
}
