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

/**
 * The whole profile, as the volunteer themselves and the coalition's coordinators see it; e-mail and phone only for
 * those who may see them ({@link ContactRule}), else null with {@code contactWithheld} true.
 */
@Schema(name = "Volunteer")
public record VolunteerView(
        UUID id,
        @Schema(examples = "ACTIVE") VolunteerStatus status,
        @Schema(examples = "Anna de Vries") String name,
        @Schema(description = "Null when none, or withheld from you (contactWithheld)", examples = "anna@example.org", nullable = true) String email,
        @Schema(description = "Null when none, or withheld from you (contactWithheld)", examples = "+31 6 12345678", nullable = true) String phone,
        @Schema(description = "True when e-mail and phone are left out because you may not see them: you are not a coordinator of one of the volunteer's organisations, your organisation has no proposed or live match with them, and they did not consent to CONTACT_BY_COORDINATORS", examples = "false") boolean contactWithheld,
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

    /** With e-mail and phone: for the volunteer themselves, and for whoever the contact rule lets see them. */
    public static VolunteerView of(VolunteerDetails details) {
        return of(details, true);
    }

    /** @param contact whether e-mail and phone are shown ({@link ContactRule}) */
    public static VolunteerView of(VolunteerDetails details, boolean contact) {
        Volunteer v = details.volunteer();
        return new VolunteerView(v.id, v.status, v.name, contact ? v.email : null, contact ? v.phone : null,
                !contact, v.birthYear, v.homeKern, v.maxTravelKm,
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
