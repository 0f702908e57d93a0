package nl.talentenbureau.volunteer.volunteer;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.talentenbureau.volunteer.availability.Slot;
import nl.talentenbureau.volunteer.availability.WeeklySlots;

/**
 * One row of the coordinator's list: enough to choose whom to open. Contact details come only when the list was
 * asked by {@code id} (a candidate list to reach), and only of the volunteers the caller may see them of
 * ({@link ContactRule}); a browsing list leaves them out.
 */
@Schema(name = "VolunteerSummary")
public record VolunteerSummary(
        UUID id,
        @Schema(examples = "ACTIVE") VolunteerStatus status,
        @Schema(examples = "Anna de Vries") String name,
        @Schema(description = "Only when asked by id, and only when you may see it (a member of your organisation, a proposed or live match of your organisation, or consent CONTACT_BY_COORDINATORS); absent otherwise or when unknown", examples = "anna@example.org") @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        @Schema(description = "Only when asked by id, and only when you may see it (as email); absent otherwise or when unknown", examples = "+31 6 12345678") @JsonInclude(JsonInclude.Include.NON_NULL) String phone,
        @Schema(examples = "breukelen") String homeKern,
        @Schema(examples = "10") int maxTravelKm,
        List<TalentLevel> talents,
        List<Slot> availability,
        @Schema(examples = "2") int capacity,
        @Schema(examples = "[\"handjehelpen\"]") List<String> organisations) {

    /** Without contact details, for browsing. */
    public static VolunteerSummary of(Volunteer v) {
        return of(v, false);
    }

    /** With the volunteer's email and phone, for a list asked by id. */
    public static VolunteerSummary withContact(Volunteer v) {
        return of(v, true);
    }

    private static VolunteerSummary of(Volunteer v, boolean contact) {
        return new VolunteerSummary(v.id, v.status, v.name, contact ? v.email : null, contact ? v.phone : null,
                v.homeKern, v.maxTravelKm, VolunteerView.talentsOf(v),
                new WeeklySlots(v.availability).slots(), v.capacity, List.copyOf(v.organisations));
    }
}
