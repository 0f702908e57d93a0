package nl.talentenbureau.volunteer.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Training {

    @Id
    public String code;
    @Column(name = "name_nl")
    public String nameNl;
    @Column(name = "name_en")
    public String nameEn;
    /** Years a completed training counts; null means it does not expire. */
    @Column(name = "valid_years")
    public Integer validYears;
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    public boolean retired() {
        return retiredAt != null;
    }

    /** The last day a training completed on {@code completedOn} counts, if it expires at all. */
    public Optional<LocalDate> expiryFor(LocalDate completedOn) {
        return Optional.ofNullable(validYears).map(years -> completedOn.plusYears(years).minusDays(1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Training that && code != null && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return Training.class.hashCode();
    }
}
