package nl.talentenbureau.volunteer.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A village or town core inside a municipality: the finest level the coalition works and reports at. */
@Entity
public class Kern {

    @Id
    public String code;
    public String name;
    public String municipality;
    public double lat;
    public double lon;
    public String note;

    @Override
    public boolean equals(Object other) {
        return other instanceof Kern that && code != null && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return Kern.class.hashCode();
    }
}
