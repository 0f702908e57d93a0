package nl.talentenbureau.volunteer.volunteer;

import java.util.List;
import java.util.UUID;

import nl.talentenbureau.volunteer.availability.Slot;

/**
 * The list filters a coordinator can combine; null means "any". {@code ids}, when not empty, keeps only those
 * volunteers (a candidate list to contact).
 */
public record VolunteerFilter(String kern, String talent, Integer minLevel, VolunteerStatus status, Slot freeIn,
        Boolean vogValid, String training, String organisation, String nameContains, List<UUID> ids) {

    public VolunteerFilter {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    public boolean byIds() {
        return !ids.isEmpty();
    }
}
