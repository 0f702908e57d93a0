package nl.talentenbureau.request.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A help request. The requester's personal data is not here: see the requester feature. */
@Entity
@Table(name = "help_request")
public class HelpRequest {

    @Id
    public UUID id;
    @Version
    public long version;
    /** The owning organisation, always from the token of whoever posted it. */
    public String organisation;
    @Enumerated(EnumType.STRING)
    @Column(name = "requester_kind")
    public RequesterKind requesterKind;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    public String title;
    public String description;
    public String theme;
    public String kern;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> languages = new ArrayList<>();
    @Column(name = "language_required")
    public boolean languageRequired;
    @Column(name = "vog_required")
    public boolean vogRequired;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> trainings = new ArrayList<>();
    @Column(name = "volunteers_needed")
    public int volunteersNeeded;
    /** Talent code to minimum level (1-3). */
    @ElementCollection
    @CollectionTable(name = "request_talent", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "talent_code")
    @Column(name = "min_level")
    public Map<String, Integer> talents = new TreeMap<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_type")
    public ScheduleType scheduleType;
    @Column(name = "one_off_date")
    public LocalDate oneOffDate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "day_parts", columnDefinition = "text[]")
    public List<String> dayParts = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> slots = new ArrayList<>();
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "hours_per_time")
    public Double hoursPerTime;
    @Enumerated(EnumType.STRING)
    public Urgency urgency;
    @Column(name = "due_date")
    public LocalDate dueDate;
    /** The token subject that posted it (a coordinator or a partner app's service account). */
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    /** When it reached a final status; the retention period of the requester's data starts here. */
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
    /** Pseudonymous key of the requester for the feed (random, see RequesterKeys); null without one or erased. */
    @Column(name = "requester_key")
    public String requesterKey;
    /** When the requester's data and this request's free text were erased (on request or by retention). */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    /** matching-service offers the next candidate by itself when an offer is declined or expires. */
    @Column(name = "auto_offer_next")
    public boolean autoOfferNext;

    @Override
    public boolean equals(Object other) {
        return other instanceof HelpRequest that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return HelpRequest.class.hashCode();
    }
}
