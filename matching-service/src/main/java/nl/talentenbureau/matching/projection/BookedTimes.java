package nl.talentenbureau.matching.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

import nl.talentenbureau.matching.profile.Booking;

/**
 * The times volunteers' open and live matches (PROPOSED, ACCEPTED, ACTIVE, of every organisation) hold them, read
 * from this service's match table and the projected requests' schedules as they are now: the index's busy columns and
 * the check under the volunteer's lock when a match is proposed.
 */
@ApplicationScoped
public class BookedTimes {

    private final ProjectionRepository rows;
    private final ObjectMapper json;

    public BookedTimes(ProjectionRepository rows, ObjectMapper json) {
        this.rows = rows;
        this.json = json;
    }

    /** Every volunteer's bookings; volunteers without any are absent. */
    public Map<UUID, List<Booking>> all() {
        return read(rows.bookedSchedules(null));
    }

    /** These volunteers' bookings; volunteers without any are absent. */
    public Map<UUID, List<Booking>> of(Collection<UUID> volunteerIds) {
        return volunteerIds.isEmpty() ? Map.of() : read(rows.bookedSchedules(volunteerIds));
    }

    public List<Booking> of(UUID volunteerId) {
        return of(List.of(volunteerId)).getOrDefault(volunteerId, List.of());
    }

    /**
     * The times the volunteer's live matches (ACCEPTED, ACTIVE) other than {@code exceptMatch} hold: what an accept
     * checks, since a request's schedule may have moved after its offer was made.
     */
    public List<Booking> liveExcept(UUID volunteerId, UUID exceptMatch) {
        return rows.liveSchedulesOf(volunteerId, exceptMatch).stream().map(this::booking).toList();
    }

    private Map<UUID, List<Booking>> read(Map<UUID, List<String>> schedules) {
        Map<UUID, List<Booking>> bookings = new HashMap<>();
        schedules.forEach((volunteer, list) -> {
            List<Booking> held = new ArrayList<>(list.size());
            for (String schedule : list) {
                held.add(booking(schedule));
            }
            bookings.put(volunteer, held);
        });
        return bookings;
    }

    /** A schedule this service cannot read holds no time: its request could not have been matched either. */
    private Booking booking(String schedule) {
        if (schedule == null) {
            return Booking.NONE;
        }
        try {
            return Snapshots.booking(json.readValue(schedule, RequestSnapshot.Schedule.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Log.warnf("a matched request's schedule cannot be read as a booking: %s", e.getMessage());
            return Booking.NONE;
        }
    }
}
