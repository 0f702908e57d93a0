package nl.talentenbureau.notification.followed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A followed volunteer as the other features see it. */
public record VolunteerState(UUID id, long version, String subject, String status, String reachBy,
        List<String> organisations, LocalDate vogValidUntil, Map<String, LocalDate> trainings) {

    /** The organisation a volunteer's own message is filed under in the log: the first of theirs. */
    public String firstOrganisation() {
        return organisations.isEmpty() ? null : organisations.getFirst();
    }
}
