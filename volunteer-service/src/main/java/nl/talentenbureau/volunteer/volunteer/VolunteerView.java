package nl.talentenbureau.volunteer.volunteer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.volunteer.availability.AbsenceView;
import nl.talentenbureau.volunteer.availability.Slot;
import nl.talentenbureau.volunteer.availability.WeeklySlots;
import nl.talentenbureau.volunteer.privacy.ConsentView;
import nl.talentenbureau.volunteer.screening.ScreeningView;

/** The whole profile, as the volunteer themselves and the coalition's coordinators see it. */
@Schema(name = "Volunteer")
public record VolunteerView(
        UUID id,
        @Schema(examples = "ACTIVE") VolunteerStatus status,
        @Schema(examples = "Anna de Vries") String name,
        @Schema(examples = "anna@example.org") String email,
        @Schema(examples = "+31 6 12345678") String phone,
        @Schema(examples = "1958") Integer birthYear,
        @Schema(examples = "breukelen") String homeKern,
        @Schema(examples = "10") int maxTravelKm,
        @Schema(examples = "[\"nl\"]") List<String> languages,
        List<TalentLevel> talents,
        @Schema(examples = "[\"TUE_MORNING\", \"THU_AFTERNOON\"]") List<Slot> availability,
        List<AbsenceView> absences,
        @Schema(examples = "2") int capacity,
        @Schema(examples = "[\"digital\"]") List<String> themes,
        @Schema(description = "Organisations the volunteer volunteers for", examples = "[\"handjehelpen\"]") List<String> organisations,
        ScreeningView screening,
        List<ConsentView> consents,
        @Schema(description = "Whether the volunteer has an account linked to this profile") boolean accountLinked,
        Notifications notifications,
        @Schema(description = "The version, also sent as ETag", examples = "3") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static VolunteerView of(VolunteerDetails details) {
        Volunteer v = details.volunteer();
        return new VolunteerView(v.id, v.status, v.name, v.email, v.phone, v.birthYear, v.homeKern, v.maxTravelKm,
                List.copyOf(v.languages), talentsOf(v), new WeeklySlots(v.availability).slots(), details.absences(),
                v.capacity, List.copyOf(v.themes), List.copyOf(v.organisations), details.screening(),
                details.consents(), v.subject != null, Notifications.of(v), v.version, v.createdAt, v.updatedAt);
    }

    static List<TalentLevel> talentsOf(Volunteer volunteer) {
        return volunteer.talents.entrySet().stream()
                .map(entry -> new TalentLevel(entry.getKey(), entry.getValue()))
                .sorted(java.util.Comparator.comparing(TalentLevel::code))
                .toList();
    }
}
