package nl.talentenbureau.matching.contacts;

import java.util.UUID;

/** What a coordinator needs to phone a volunteer: name and phone number (either may be null). Never stored. */
public record Contact(UUID volunteerId, String name, String phone) {
}
