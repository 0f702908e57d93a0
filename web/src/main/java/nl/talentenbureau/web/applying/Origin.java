package nl.talentenbureau.web.applying;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Where an application comes from, as the link that led to the form says it ({@code ?vacature=}, or
 * {@code ?bron=EVENT&evenement=} from the event's invitation, {@code ?bron=REFERRAL&door=} from a volunteer's
 * referral): the source the API records with its reference. A link that does not add up is an open application
 * from the website, never an error: the person came to apply, not to read about a broken link.
 */
public record Origin(String source, UUID vacancyId, UUID eventId, UUID referredBy) {

    static final Origin WEBSITE = new Origin("WEBSITE", null, null, null);
    private static final Set<String> WITHOUT_REFERENCE = Set.of("WEBSITE", "OTHER");

    /** From the link's (or the form's hidden) fields; anything unreadable is left out. */
    public static Origin of(String source, String vacancy, String event, String referredBy) {
        UUID vacancyId = uuid(vacancy);
        if (vacancyId != null) {
            return new Origin("VACANCY", vacancyId, null, null);
        }
        String named = source == null ? "" : source.strip().toUpperCase(Locale.ROOT);
        UUID eventId = uuid(event);
        if ("EVENT".equals(named) && eventId != null) {
            return new Origin("EVENT", null, eventId, null);
        }
        UUID volunteer = uuid(referredBy);
        if ("REFERRAL".equals(named) && volunteer != null) {
            return new Origin("REFERRAL", null, null, volunteer);
        }
        return WITHOUT_REFERENCE.contains(named) ? new Origin(named, null, null, null) : WEBSITE;
    }

    public boolean toVacancy() {
        return vacancyId != null;
    }

    public boolean fromEvent() {
        return eventId != null;
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
