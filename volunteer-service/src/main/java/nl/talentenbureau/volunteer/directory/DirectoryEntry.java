package nl.talentenbureau.volunteer.directory;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One organisation in the coalition's directory, keyed by its realm alias. */
@Entity
@Table(name = "directory_entry")
public class DirectoryEntry {

    @Id
    public String alias;
    @Version
    public long version;
    public String name;
    public String description;
    /** JSON text: the list of offers as written (see DirectoryInput.Offer). */
    public String offers;
    /** JSON text: the list of opening periods. */
    @Column(name = "opening_hours")
    public String openingHours;
    @Column(name = "opening_note")
    public String openingNote;
    public String phone;
    public String email;
    public String website;
    @Column(name = "address_line")
    public String addressLine;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectoryEntry that && alias != null && alias.equals(that.alias);
    }

    @Override
    public int hashCode() {
        return DirectoryEntry.class.hashCode();
    }
}
