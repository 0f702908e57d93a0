package nl.talentenbureau.volunteer.volunteer;

import nl.talentenbureau.volunteer.availability.Slot;

/** The list filters a coordinator can combine; null means "any". */
public record VolunteerFilter(String kern, String talent, Integer minLevel, VolunteerStatus status, Slot freeIn,
        Boolean vogValid, String training, String organisation, String nameContains) {
}
