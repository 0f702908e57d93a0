package nl.talentenbureau.volunteer.vacancy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What an organisation looks for; its coordinators manage it. */
@Entity
public class Vacancy {

    @Id
    public UUID id;
    @Version
    public long version;
    public String organisation;
    public String title;
    public String description;
    public String theme;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> talents = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> kernen = new ArrayList<>();
    @Column(name = "hours_per_week")
    public Integer hoursPerWeek;
    /** The weekly slots, see {@code WeeklySlots}. */
    public int slots;
    @Column(name = "vog_required")
    public boolean vogRequired;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> trainings = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public VacancyStatus status;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof Vacancy that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Vacancy.class.hashCode();
    }
}
