package nl.talentenbureau.volunteer.volunteer;

import java.time.LocalTime;
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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The volunteer's profile. Contact details stay in this service: the feed carries only what matching needs. */
@Entity
public class Volunteer {

    @Id
    public UUID id;
    @Version
    public long version;
    /** The token subject of the volunteer's own account, when they have one. */
    public String subject;
    @Enumerated(EnumType.STRING)
    public VolunteerStatus status;
    public String name;
    public String email;
    public String phone;
    @Column(name = "birth_year")
    public Integer birthYear;
    @Column(name = "home_kern")
    public String homeKern;
    @Column(name = "max_travel_km")
    public int maxTravelKm;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> languages = new ArrayList<>();
    /** The 21 weekly slots, see {@code WeeklySlots}. */
    public int availability;
    /** How many active matches the volunteer takes on at once. */
    public int capacity;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> organisations = new ArrayList<>();
    /** Talent code to level (1-3). */
    @ElementCollection
    @CollectionTable(name = "volunteer_talent", joinColumns = @JoinColumn(name = "volunteer_id"))
    @MapKeyColumn(name = "talent_code")
    @Column(name = "level")
    public Map<String, Integer> talents = new TreeMap<>();
    /** How the volunteer chose to be reached; null: nobody chose (see {@link ReachBy#effective}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "reach_by")
    public ReachBy reachBy;
    @Column(name = "notification_language")
    public String notificationLanguage = "nl";
    @Column(name = "quiet_from")
    public LocalTime quietFrom;
    @Column(name = "quiet_until")
    public LocalTime quietUntil;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    public boolean erased() {
        return erasedAt != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Volunteer that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Volunteer.class.hashCode();
    }
}
