package nl.talentenbureau.volunteer.catalog;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Talent {

    @Id
    public String code;
    @Column(name = "theme_code")
    public String themeCode;
    @Column(name = "name_nl")
    public String nameNl;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    public boolean retired() {
        return retiredAt != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Talent that && code != null && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return Talent.class.hashCode();
    }
}
