package nl.talentenbureau.notification.followed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a message may say about a help request: what, where, when, how urgent. */
public record RequestFacts(UUID id, long version, String organisation, String status, String theme, String kern,
        Schedule schedule, String urgency, LocalDate dueDate) {

    /** The request's schedule as its feed carries it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Schedule(String type, LocalDate date, List<String> dayParts, List<String> slots, LocalDate startsOn,
            LocalDate endsOn, Double hoursPerTime) {
    }
}
