package nl.talentenbureau.volunteer.volunteer;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.volunteer.availability.Slot;
import nl.talentenbureau.volunteer.availability.WeeklySlots;

/** One row of the coordinator's list: enough to choose whom to open. */
@Schema(name = "VolunteerSummary")
public record VolunteerSummary(
        UUID id,
        @Schema(examples = "ACTIVE") VolunteerStatus status,
        @Schema(examples = "Anna de Vries") String name,
        @Schema(examples = "breukelen") String homeKern,
        @Schema(examples = "10") int maxTravelKm,
        List<TalentLevel> talents,
        List<Slot> availability,
        @Schema(examples = "2") int capacity,
        @Schema(examples = "[\"handjehelpen\"]") List<String> organisations) {

    public static VolunteerSummary of(Volunteer v) {
        return new VolunteerSummary(v.id, v.status, v.name, v.homeKern, v.maxTravelKm, VolunteerView.talentsOf(v),
                new WeeklySlots(v.availability).slots(), v.capacity, List.copyOf(v.organisations));
    }
}
