package nl.talentenbureau.volunteer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Theme {

    @Id
    public String code;
    @Column(name = "name_nl")
    public String nameNl;
    @Column(name = "name_en")
    public String nameEn;
    public String source;

    @Override
    public boolean equals(Object other) {
        return other instanceof Theme that && code != null && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return Theme.class.hashCode();
    }
}
