package nl.talentenbureau.matching.contacts;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The contacts volunteer-service answered, by volunteer id; {@code available} is false when it could not be asked
 * (down, too slow, refused), and then there are none. A volunteer it did not answer (unknown, erased) is absent.
 */
public record Contacts(boolean available, Map<UUID, Contact> byId) {

    public Contacts {
        byId = Map.copyOf(byId);
    }

    public static Contacts unavailable() {
        return new Contacts(false, Map.of());
    }

    public static Contacts none() {
        return new Contacts(true, Map.of());
    }

    public Optional<Contact> of(UUID volunteerId) {
        return Optional.ofNullable(byId.get(volunteerId));
    }
}
